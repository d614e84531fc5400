using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace OpenData.Api.Search.Ranking;

/// <summary>
/// The FTS5 auxiliary function <c>opendata_bm25(SearchIndex, call)</c>: FTS5's bm25 with the search's column weights
/// (<see cref="Bm25.ColumnWeights"/>), the same double for every match, computed from what a read-only index lets keep
/// (<see cref="RankedIndex"/>: IDFs and average length once, each row's size from an array instead of one
/// <c>SearchIndex_docsize</c> lookup a match). It hands each score to the statement's <see cref="RankingCall"/>, which
/// keeps the page's best and counts the matches, and returns the score. Registered once per native connection, on
/// the bundled e_sqlite3 through <c>fts5_api</c> (<c>SELECT fts5(?1)</c> with <c>sqlite3_bind_pointer</c>).
/// </summary>
internal static unsafe class Fts5RankFunction
{
    public const string Name = "opendata_bm25";

    /// <summary>
    /// <c>opendata_page(call, after)</c>: the rowids of the call's page, best first, as a JSON array. Its second argument
    /// is only there to be computed first (the ranking pass's count), so that the page is complete when it is read.
    /// </summary>
    public const string PageName = "opendata_page";

    private static readonly ConditionalWeakTable<object, RankedIndex> Registered = [];
    private static readonly Lock Gate = new();

    // The call of the statement this thread ranked last: a statement's matches come one after another on its thread, so
    // its call is found once (a dictionary lookup) and then compared by id. Per thread: one field shared by every thread
    // made concurrent searches overwrite each other's call, each match then a lookup and a write to a cache line both
    // cores share (search at 16 clients cost 35% more server CPU, API and baseline alike, in two sittings).
    [ThreadStatic]
    private static RankingCall? current;

    /// <summary>The function's cache on <paramref name="connection"/> (open), registering it there first if needed.</summary>
    public static RankedIndex Register(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        lock (Gate)
        {
            if (Registered.TryGetValue(handle, out var index))
            {
                return index;
            }

            var db = handle.DangerousGetHandle();
            index = new RankedIndex(db, SearchIndex.Table);
            var api = Api(db);
            var state = GCHandle.Alloc(index);
            int rc;
            fixed (byte* name = "opendata_bm25\0"u8)
            {
                rc = api->CreateFunction(api, name, GCHandle.ToIntPtr(state), &Rank, &Release);
            }

            if (rc != Fts5Native.Ok)
            {
                state.Free();
                throw new InvalidOperationException($"FTS5 no registró {Name} (código {rc}).");
            }

            fixed (byte* name = "opendata_page\0"u8)
            {
                rc = Fts5Native.CreateFunction(db, name, 2, Fts5Native.Utf8, IntPtr.Zero, &PageIds, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero);
            }

            if (rc != Fts5Native.Ok)
            {
                throw new InvalidOperationException($"SQLite no registró {PageName} (código {rc}).");
            }

            Registered.Add(handle, index);
            return index;
        }
    }

    /// <summary>FTS5's <c>fts5_api</c> of the native connection <paramref name="db"/>.</summary>
    private static Fts5Api* Api(IntPtr db)
    {
        IntPtr statement;
        fixed (byte* sql = "SELECT fts5(?1)\0"u8)
        {
            if (Fts5Native.Prepare(db, sql, -1, out statement, IntPtr.Zero) != Fts5Native.Ok)
            {
                throw new InvalidOperationException("SQLite no tiene FTS5.");
            }
        }

        Fts5Api* api = null;
        try
        {
            fixed (byte* type = "fts5_api_ptr\0"u8)
            {
                if (Fts5Native.BindPointer(statement, 1, &api, type, IntPtr.Zero) != Fts5Native.Ok)
                {
                    throw new InvalidOperationException("sqlite3_bind_pointer falló.");
                }

                _ = Fts5Native.Step(statement);
            }
        }
        finally
        {
            _ = Fts5Native.Finalize(statement);
        }

        return api is null || api->Version < 2 ? throw new InvalidOperationException("FTS5 no entregó fts5_api.") : api;
    }

    [UnmanagedCallersOnly]
    private static void Rank(Fts5ExtensionApi* api, IntPtr fts, IntPtr context, int count, IntPtr* values)
    {
        try
        {
            var call = count == 1 ? Call(Fts5Native.ValueInt64(values[0])) : null;
            if (call is null)
            {
                Fail(context, "opendata_bm25 necesita la llamada de clasificación en curso.");
                return;
            }

            var query = call.Query;
            if (query is null)
            {
                var index = (RankedIndex)GCHandle.FromIntPtr(api->UserData(fts)).Target!;
                query = call.Query = index.Begin(api, fts, call.Match, call.Phrases);
            }

            // bm25's phrase frequencies: every instance of phrase p in column c adds the column's weight. bm25 reads the
            // instances of all phrases in position order (xInst); here phrase by phrase (xPhraseFirst/xPhraseNext, no
            // merged array to build). The sums are the same doubles: small whole weights add exactly in any order.
            var frequencies = query.Frequencies;
            var weights = Bm25.ColumnWeights;
            var rc = Fts5Native.Ok;
            for (var phrase = 0; rc == Fts5Native.Ok && phrase < frequencies.Length; phrase++)
            {
                Fts5PhraseIter iterator;
                int column, offset;
                var frequency = 0.0;
                rc = api->PhraseFirst(fts, phrase, &iterator, &column, &offset);
                while (rc == Fts5Native.Ok && column >= 0)
                {
                    frequency += column < weights.Length ? weights[column] : 1.0;
                    api->PhraseNext(fts, &iterator, &column, &offset);
                }

                frequencies[phrase] = frequency;
            }

            var rowid = api->Rowid(fts);
            var length = query.Sizes?.Of(rowid) ?? -1;
            if (rc == Fts5Native.Ok && length < 0)
            {
                rc = api->ColumnSize(fts, -1, &length);
            }

            if (rc != Fts5Native.Ok)
            {
                Fts5Native.ResultErrorCode(context, rc);
                return;
            }

            var score = Bm25.Score(query.Idf, frequencies, query.Phrases, query.LengthTerm(length));
            call.Add(score, rowid);
            Fts5Native.ResultDouble(context, score);
        }
        catch (Exception e)
        {
            Fail(context, e.Message);
        }
    }

    [UnmanagedCallersOnly]
    private static void PageIds(IntPtr context, int count, IntPtr* values)
    {
        try
        {
            var call = count == 2 ? RankingCall.Find(Fts5Native.ValueInt64(values[0])) : null;
            if (call is null)
            {
                Fail(context, "opendata_page necesita la llamada de clasificación en curso.");
                return;
            }

            var json = System.Text.Encoding.UTF8.GetBytes("[" + string.Join(',', call.Page().Select(hit => hit.Rowid)) + "]");
            fixed (byte* text = json)
            {
                Fts5Native.ResultText(context, text, json.Length, Fts5Native.Transient);
            }
        }
        catch (Exception e)
        {
            Fail(context, e.Message);
        }
    }

    /// <summary>xQueryPhrase's callback for the IDFs: counts the rows a phrase matches.</summary>
    [UnmanagedCallersOnly]
    internal static int CountRow(Fts5ExtensionApi* api, IntPtr fts, void* hits)
    {
        (*(long*)hits)++;
        return Fts5Native.Ok;
    }

    [UnmanagedCallersOnly]
    private static void Release(IntPtr state) => GCHandle.FromIntPtr(state).Free();

    private static RankingCall? Call(long id)
    {
        var call = current;
        if (call is null || call.Id != id)
        {
            call = RankingCall.Find(id);
            current = call;
        }

        return call;
    }

    private static void Fail(IntPtr context, string message)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(message);
        fixed (byte* text = bytes)
        {
            Fts5Native.ResultError(context, text, bytes.Length);
        }
    }
}
