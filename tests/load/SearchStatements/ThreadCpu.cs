using System.Runtime.InteropServices;

namespace OpenData.Load.SearchStatements;

/// <summary>CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), in milliseconds.</summary>
internal static partial class ThreadCpu
{
    private const int ThreadCpuTimeClock = 3;

    public static double Milliseconds()
    {
        _ = ClockGetTime(ThreadCpuTimeClock, out var time);
        return (time.Seconds * 1000.0) + (time.Nanoseconds / 1e6);
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
