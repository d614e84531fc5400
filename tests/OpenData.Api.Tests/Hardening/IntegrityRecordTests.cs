namespace OpenData.Api.Tests.Hardening;

/// <summary>
/// SQLite's integrity check once per file identity, through the executable started as a process: a passed check is
/// recorded beside the file (<c>&lt;file&gt;.integrity</c>) and the next start over the unchanged file skips it and says
/// so in one log line; a file changed through the file system (a byte written, its modification time set back, only
/// touched) is checked again and refused when corrupt; a record of another identity, or one that cannot be read, is
/// ignored; with <c>always</c> the check runs at every start; a record that cannot be written is logged and the next
/// start checks again.
/// </summary>
public sealed class IntegrityRecordTests : IDisposable
{
    private const string Skipped = "skipped: the file is unchanged since a full check passed on it";
    private const string Recorded = "passed; recorded in";

    private readonly DatabaseDamage _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_second_start_over_the_unchanged_file_skips_the_check_and_says_so_in_one_line()
    {
        var path = await _files.CopyAsync();

        var first = await ServeAsync(path);
        var second = await ServeAsync(path);

        Assert.Contains($"Integrity check of {path} {Recorded} {path}.integrity", first, StringComparison.Ordinal);
        Assert.DoesNotContain(Skipped, first, StringComparison.Ordinal);
        var line = Assert.Single(Lines(second), l => l.Contains("Integrity check", StringComparison.Ordinal));
        Assert.Contains($"Integrity check of {path} {Skipped}", line, StringComparison.Ordinal);
        Assert.DoesNotContain(Recorded, second, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a byte written")]
    [InlineData("a byte written, modification time set back")]
    public async Task A_file_damaged_after_its_check_passed_is_checked_again_and_refused(string change)
    {
        var path = await _files.CopyAsync();
        await ServeAsync(path);
        Assert.True(File.Exists(path + ".integrity"), "the first start recorded no check");
        var times = Path.Combine(_files.Folder, "times");
        await Touch("-r", path, times);

        // One page (a few bytes would do) overwritten in the middle of the file; its size and header stay the same.
        DatabaseDamage.OverwritePage(path, (int)(new FileInfo(path).Length / DatabaseDamage.PageSize(path) / 2));
        if (change.EndsWith("set back", StringComparison.Ordinal))
        {
            // mtime can be set back to the nanosecond by any tool; ctime cannot, and it is part of the identity.
            await Touch("-m", "-r", times, path);
        }

        using var api = ApiProcess.Start("--urls", "http://127.0.0.1:0", "--Database:Path", path, "--Database:BuildOnStart", "false");
        var exit = await api.WaitForExitAsync();

        Assert.True(exit == 1, $"exit {exit}; stdout: {api.Output}");
        Assert.StartsWith("opendata: no se puede servir [corrupt]", api.Error.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain(Skipped, api.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(path + ".integrity"), "a failed check left its file's record");
    }

    [Fact]
    public async Task A_file_only_touched_is_checked_again()
    {
        var path = await _files.CopyAsync();
        await ServeAsync(path);

        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path));
        var output = await ServeAsync(path);

        Assert.Contains($"Integrity check of {path} {Recorded}", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Skipped, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("inode")]
    [InlineData("ctime_ns")]
    [InlineData("(not a record)")]
    public async Task A_record_of_another_identity_or_unreadable_is_ignored_and_the_file_checked(string field)
    {
        var path = await _files.CopyAsync();
        await ServeAsync(path);
        var record = path + ".integrity";
        var lines = await File.ReadAllLinesAsync(record);
        var forged = field switch
        {
            "(not a record)" => ["ok"],
            _ => lines.Select(line => line.StartsWith(field + "=", StringComparison.Ordinal) ? line + "1" : line).ToArray(),
        };
        Assert.NotEqual(lines, forged);
        await File.WriteAllLinesAsync(record, forged);

        var output = await ServeAsync(path);

        Assert.Contains($"Integrity check of {path} {Recorded}", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Skipped, output, StringComparison.Ordinal);
        Assert.Equal(lines.Where(l => !l.StartsWith("checked_at=", StringComparison.Ordinal)),
            (await File.ReadAllLinesAsync(record)).Where(l => !l.StartsWith("checked_at=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_corrupt_file_with_a_record_of_another_identity_is_refused()
    {
        var path = await _files.CopyAsync();
        await ServeAsync(path);
        var record = path + ".integrity";
        var lines = await File.ReadAllLinesAsync(record);
        DatabaseDamage.OverwritePage(path, (int)(new FileInfo(path).Length / DatabaseDamage.PageSize(path) / 2));
        // The record names the damaged file in every field but its inode.
        await File.WriteAllLinesAsync(record, lines.Select(line => line.StartsWith("inode=", StringComparison.Ordinal) ? line + "1" : line));

        using var api = ApiProcess.Start("--urls", "http://127.0.0.1:0", "--Database:Path", path, "--Database:BuildOnStart", "false");
        var exit = await api.WaitForExitAsync();

        Assert.True(exit == 1, $"exit {exit}; stdout: {api.Output}");
        Assert.StartsWith("opendata: no se puede servir [corrupt]", api.Error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_always_every_start_checks()
    {
        var path = await _files.CopyAsync();
        await ServeAsync(path, "always");

        var second = await ServeAsync(path, "Always");

        Assert.Contains($"Integrity check of {path} {Recorded}", second, StringComparison.Ordinal);
        Assert.DoesNotContain(Skipped, second, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("never")]
    [InlineData("false")]
    public async Task With_never_start_up_neither_checks_nor_records(string value)
    {
        var path = await _files.CopyAsync();

        var output = await ServeAsync(path, value);

        Assert.DoesNotContain("Integrity check", output, StringComparison.Ordinal);
        Assert.False(File.Exists(path + ".integrity"));
    }

    [Fact]
    public async Task A_record_that_cannot_be_written_is_logged_and_the_next_start_checks_again()
    {
        var path = await _files.CopyAsync();
        // A folder where the record would go: renaming the record over it fails, as in a folder that cannot be written.
        Directory.CreateDirectory(path + ".integrity");

        var first = await ServeAsync(path);
        var second = await ServeAsync(path);

        foreach (var output in new[] { first, second })
        {
            var line = Assert.Single(Lines(output), l => l.Contains("Integrity check", StringComparison.Ordinal));
            Assert.Contains($"Integrity check of {path} passed but cannot be recorded (", line, StringComparison.Ordinal);
            Assert.Contains("the whole file is checked at every start", line, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.GetFiles(_files.Folder, "*.tmp"));
    }

    [Fact]
    public async Task An_unknown_value_stops_start_up_in_one_line()
    {
        var path = await _files.CopyAsync();
        using var api = ApiProcess.Start("--urls", "http://127.0.0.1:0", "--Database:Path", path, "--Database:BuildOnStart", "false",
            "--Database:IntegrityCheckOnStart", "sometimes");

        var exit = await api.WaitForExitAsync();

        Assert.True(exit == 1, $"exit {exit}; stdout: {api.Output}");
        var line = Assert.Single(Lines(api.Error));
        Assert.StartsWith("opendata: no se puede servir [configuration]: Database:IntegrityCheckOnStart 'sometimes'", line, StringComparison.Ordinal);
    }

    /// <summary>Starts the executable over <paramref name="path"/>, waits until it serves, stops it and returns its standard output.</summary>
    private static async Task<string> ServeAsync(string path, string? check = null)
    {
        string[] args = ["--urls", "http://127.0.0.1:0", "--Database:Path", path, "--Database:BuildOnStart", "false"];
        using var api = ApiProcess.Start(check is null ? args : [.. args, "--Database:IntegrityCheckOnStart", check]);
        var until = DateTime.UtcNow.AddMinutes(3);
        while (!api.Output.Contains("Serving dataset", StringComparison.Ordinal) && !api.HasExited && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }

        Assert.False(api.HasExited, $"stderr: {api.Error}; stdout: {api.Output}");
        Assert.Contains("Serving dataset", api.Output, StringComparison.Ordinal);
        api.Kill();
        return api.Output;
    }

    private static async Task Touch(params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("touch");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var touch = System.Diagnostics.Process.Start(start)!;
        await touch.WaitForExitAsync();
        Assert.Equal(0, touch.ExitCode);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
