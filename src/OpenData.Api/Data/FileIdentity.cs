using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;

namespace OpenData.Api.Data;

/// <summary>
/// What identifies one state of a database file's bytes without reading them: the device and inode (the same file),
/// its size, its modification and status-change times in nanoseconds, and the change counter SQLite keeps in the
/// header (bytes 24-27). Any write through the file system changes the status-change time (ctime), which no user tool
/// can set back; replacing the file changes the inode. Read with Linux's <c>statx</c>; elsewhere there is none.
/// </summary>
internal readonly record struct FileIdentity(string Device, ulong Inode, long Size, long ModifiedNs, long ChangedNs, uint ChangeCounter)
{
    private const int AtFdCwd = -100;
    private const uint StatxBasicStats = 0x7ff;

    // STATX_MTIME | STATX_CTIME | STATX_INO | STATX_SIZE: the fields the identity needs.
    private const uint StatxNeeded = 0x40 | 0x80 | 0x100 | 0x200;

    /// <summary>The file's identity, or null with the reason when it cannot be read (not Linux, a file in WAL mode with a log, an I/O error).</summary>
    public static FileIdentity? Of(string path, out string? unavailable)
    {
        unavailable = null;
        if (!OperatingSystem.IsLinux())
        {
            unavailable = "the file's identity (inode, ctime) is only read on Linux";
            return null;
        }

        var header = new byte[32];
        try
        {
            using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            {
                file.ReadExactly(header);
            }

            // WAL mode (header bytes 18-19 = 2): committed pages may live in the -wal file, which the identity does not cover.
            var wal = new FileInfo(path + "-wal");
            if ((header[18] == 2 || header[19] == 2) && wal.Exists && wal.Length > 0)
            {
                unavailable = "the database has a write-ahead log (-wal) with pages not yet in the file";
                return null;
            }

            var stat = new byte[256];
            if (Statx(AtFdCwd, NullTerminated(path), 0, StatxBasicStats, stat) != 0)
            {
                unavailable = $"statx failed (errno {Marshal.GetLastPInvokeError()})";
                return null;
            }

            if ((BitConverter.ToUInt32(stat) & StatxNeeded) != StatxNeeded)
            {
                unavailable = "the file system does not report the file's inode, size and times";
                return null;
            }

            return FromStatx(stat, BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(24, 4)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            unavailable = e.Message;
            return null;
        }
    }

    /// <summary>One <c>name=value</c> line per field, in a fixed order.</summary>
    public IEnumerable<string> Lines() =>
    [
        "device=" + Device,
        "inode=" + Inode.ToString(CultureInfo.InvariantCulture),
        "size=" + Size.ToString(CultureInfo.InvariantCulture),
        "mtime_ns=" + ModifiedNs.ToString(CultureInfo.InvariantCulture),
        "ctime_ns=" + ChangedNs.ToString(CultureInfo.InvariantCulture),
        "change_counter=" + ChangeCounter.ToString(CultureInfo.InvariantCulture),
    ];

    /// <summary>The identity written by <see cref="Lines"/>, or null when a field is missing or malformed.</summary>
    public static FileIdentity? Parse(IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return fields.TryGetValue("device", out var device) && device.Length > 0
            && Number(fields, "inode", out ulong inode)
            && Number(fields, "size", out long size)
            && Number(fields, "mtime_ns", out long modified)
            && Number(fields, "ctime_ns", out long changed)
            && Number(fields, "change_counter", out uint counter)
            ? new FileIdentity(device, inode, size, modified, changed, counter)
            : null;
    }

    private static bool Number<T>(IReadOnlyDictionary<string, string> fields, string name, out T value)
        where T : INumberBase<T>
    {
        value = T.Zero;
        return fields.TryGetValue(name, out var text) && T.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value!);
    }

    /// <summary>The fields of Linux's <c>struct statx</c> (the same layout on every architecture).</summary>
    private static FileIdentity FromStatx(ReadOnlySpan<byte> stat, uint changeCounter)
    {
        var inode = BitConverter.ToUInt64(stat[32..]);
        var size = BitConverter.ToInt64(stat[40..]);
        var changed = Nanoseconds(stat[96..]);
        var modified = Nanoseconds(stat[112..]);
        var device = string.Create(CultureInfo.InvariantCulture, $"{BitConverter.ToUInt32(stat[136..])}:{BitConverter.ToUInt32(stat[140..])}");
        return new FileIdentity(device, inode, size, modified, changed, changeCounter);
    }

    private static long Nanoseconds(ReadOnlySpan<byte> timestamp) =>
        (BitConverter.ToInt64(timestamp) * 1_000_000_000L) + BitConverter.ToUInt32(timestamp[8..]);

    private static byte[] NullTerminated(string path) => System.Text.Encoding.UTF8.GetBytes(path + "\0");

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, [Out] byte[] buffer);
}
