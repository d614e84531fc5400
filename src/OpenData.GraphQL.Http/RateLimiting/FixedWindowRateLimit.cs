using System.Collections.Concurrent;

namespace OpenData.GraphQL.Http.RateLimiting;

/// <summary>
/// A fixed window of <c>permits</c> per key (a client address) that knows when each window ends, so that a refusal
/// can say exactly how long to wait (<c>Retry-After</c>). Windows that have ended are swept once there are many, so
/// the memory held stays proportional to the clients of the last window.
/// </summary>
public sealed class FixedWindowRateLimit
{
    private const int SweepAbove = 4096;

    private readonly int _permits;
    private readonly TimeSpan _window;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private DateTimeOffset _lastSweep;

    public FixedWindowRateLimit(int permits, TimeSpan window, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(permits);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(time);
        _permits = permits;
        _window = window;
        _time = time;
    }

    /// <summary>Takes a permit for <paramref name="key"/>: null when granted, else the time left until its window ends.</summary>
    public TimeSpan? TryAcquire(string key)
    {
        var now = _time.GetUtcNow();
        SweepIfMany(now);
        var window = _windows.GetOrAdd(key, static (_, start) => new Window(start), now);
        lock (window)
        {
            if (now >= window.Start + _window)
            {
                window.Start = now;
                window.Count = 0;
            }

            if (window.Count < _permits)
            {
                window.Count++;
                return null;
            }

            return window.Start + _window - now;
        }
    }

    private void SweepIfMany(DateTimeOffset now)
    {
        if (_windows.Count <= SweepAbove || now - _lastSweep < _window)
        {
            return;
        }

        _lastSweep = now;
        foreach (var (key, window) in _windows)
        {
            if (now >= window.Start + _window)
            {
                _windows.TryRemove(key, out _);
            }
        }
    }

    private sealed class Window(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; set; } = start;

        public int Count { get; set; }
    }
}
