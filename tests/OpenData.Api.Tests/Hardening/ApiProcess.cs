using System.Diagnostics;
using System.Text;

namespace OpenData.Api.Tests.Hardening;

/// <summary>The API's executable started as its own process (`dotnet OpenData.Api.dll args`), as an operator starts it.</summary>
public sealed class ApiProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private ApiProcess(Process process)
    {
        _process = process;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public int Id => _process.Id;

    public static ApiProcess Start(params string[] args) => StartIn(null, args);

    /// <summary>Starts the executable; <paramref name="shellPrefix"/> (for example <c>ulimit -n 300;</c>) runs before it in bash.</summary>
    public static ApiProcess StartIn(string? shellPrefix, params string[] args)
    {
        var dll = typeof(Program).Assembly.Location;
        var info = shellPrefix is null
            ? new ProcessStartInfo("dotnet") { ArgumentList = { dll } }
            : new ProcessStartInfo("bash") { ArgumentList = { "-c", shellPrefix + " exec dotnet \"$0\" \"$@\"", dll } };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        info.WorkingDirectory = Path.GetDirectoryName(dll)!;
        info.Environment["DOTNET_NOLOGO"] = "1";
        // A process the test kills cannot remove its diagnostic pipes from the temp folder: it opens none.
        info.Environment["DOTNET_EnableDiagnostics"] = "0";
        var process = new Process { StartInfo = info };
        var started = new ApiProcess(process);
        process.OutputDataReceived += (_, e) => Append(started._output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(started._error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>Waits for the process to exit (a generous bound against hangs, not a timing assertion); null if it did not.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan? limit = null)
    {
        using var cancel = new CancellationTokenSource(limit ?? TimeSpan.FromMinutes(3));
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            _process.WaitForExit();
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public bool HasExited => _process.HasExited;

    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (target)
        {
            target.AppendLine(line);
        }
    }
}
