using System.Globalization;

namespace OpenData.Load;

/// <summary>The driver's command line: a command, then --name value pairs and flags.</summary>
internal sealed class DriverOptions
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public string Command { get; private init; } = "";

    public static DriverOptions Parse(string[] args)
    {
        if (args.Length == 0)
        {
            throw new ArgumentException("no command");
        }

        var options = new DriverOptions { Command = args[0] };
        for (var i = 1; i < args.Length; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unexpected argument '{name}'");
            }

            if (name.StartsWith("--with-", StringComparison.Ordinal))
            {
                options._flags.Add(name[2..]);
            }
            else if (i + 1 < args.Length)
            {
                options._values[name[2..]] = args[++i];
            }
            else
            {
                throw new ArgumentException($"{name} needs a value");
            }
        }

        return options;
    }

    public string Text(string name, string? fallback = null) =>
        _values.TryGetValue(name, out var value) ? value : fallback ?? throw new ArgumentException($"--{name} is required");

    public int Number(string name, int fallback) =>
        _values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public bool Flag(string name) => _flags.Contains(name);

    /// <summary>The target URL, refused unless it is on the loopback interface.</summary>
    public Uri LoopbackUrl(string name)
    {
        var url = new Uri(Text(name));
        if (!url.IsLoopback)
        {
            throw new ArgumentException($"--{name} must be a loopback address (127.0.0.1 or localhost), not {url.Host}");
        }

        return url;
    }

    public int[] Levels() =>
        [.. Text("levels", "1,16,64").Split(',').Select(l => int.Parse(l, CultureInfo.InvariantCulture))];
}
