using OpenData.GraphQL.Data.Paging;

namespace OpenData.Api.Search;

/// <summary>Value of <c>SearchConnection</c>; <see cref="CountAsync"/> runs only when <c>totalCount</c> is selected.</summary>
public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, PageInfoResult PageInfo, Func<CancellationToken, Task<int>> CountAsync);
