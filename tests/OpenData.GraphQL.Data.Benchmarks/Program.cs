using BenchmarkDotNet.Running;
using OpenData.GraphQL.Data.Benchmarks.Catalog;

// Generate (or reuse) the 1,000,000-row database once, before BenchmarkDotNet starts its processes.
CatalogDatabase.EnsureCreated();
BenchmarkSwitcher.FromAssembly(typeof(CatalogDatabase).Assembly).Run(args);
