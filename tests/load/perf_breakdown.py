#!/usr/bin/env python3
"""CPU per request by where it is spent, from `perf script` output of the AllocHarness process.

Usage (see RESULTS.md, "Issue 14, sixth session"):
  DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 dotnet AllocHarness.dll measure ... --hold 30 &
  perf record -F 999 -g -p PID -o t.data -- sleep 20
  perf script -i t.data -F comm,tid,ip,sym,dso > t.txt
  python3 tests/load/perf_breakdown.py t.txt:REQUESTS [u.txt:REQUESTS ...]
REQUESTS is how many requests the harness sent while perf recorded (about held x 20 / hold seconds). Each sample is
1/999 s of one core's CPU; a row counts the samples whose stack holds its frame (inclusive), or whose leaf is in the
named native library; "A|B" counts a sample whose stack holds A or B. Native SQLite frames have no frame pointers: their samples are counted by leaf only.
"""
import re
import sys

ROWS = [
    ("all samples (process, client included)", None),
    ("server request (Kestrel ProcessRequests, managed stacks)", "HttpProtocol+<ProcessRequests>"),
    ("GraphQL.NET validation (cached document: variables, arguments)",
     "DocumentValidator::ValidateAsync|DocumentValidator+<ValidateAsyncCoreAsync>|OperationPlan+<ValidateAsync>"),
    ("GraphQL.NET execution (node tree)", "ExecutionStrategy+<ExecuteAsync>"),
    ("engine: collection field resolver", "CollectionFieldExtensions+<ResolveConnectionAsync>"),
    ("engine: batched loads (node lookup, references, lists)", "BatchLoader`1+<RunAsync>"),
    ("engine: compiled shape run (ShapeQuery.ToListAsync)", "ShapeQuery`1+<ToListAsync>"),
    ("  of which the direct path (DirectShape)", "DirectShape`1"),
    ("compiled lambdas (EF Core's shapers and executors)", "dynamicClass::lambda_method"),
    ("engine: ad-hoc EF Core queries (ToListAsync)", "EntityFrameworkQueryableExtensions+<ToListAsync>"),
    ("JSON response writing", "GraphQLHttpHandler+<WriteResultAsync>"),
    ("native SQLite (leaf in libe_sqlite3)", "LEAF:libe_sqlite3"),
    ("runtime native (leaf in libcoreclr: GC, stubs)", "LEAF:libcoreclr"),
    ("kernel (leaf)", "LEAF:kernel"),
]


def load(path):
    samples, current = [], None
    with open(path, errors="replace") as handle:
        for line in handle:
            if not line.strip():
                if current is not None:
                    samples.append(current)
                current = None
            elif not line[0].isspace():
                current = []
            else:
                match = re.match(r"\s*([0-9a-f]+) (.*) \((.*)\)\s*$", line)
                if match and current is not None:
                    current.append((match.group(2), match.group(3)))
    if current:
        samples.append(current)
    return samples


def count(samples, key):
    if key is None:
        return len(samples)
    if key.startswith("LEAF:"):
        return sum(1 for frames in samples if frames and key[5:] in frames[0][1])
    keys = key.split("|")
    return sum(1 for frames in samples if any(k in symbol for symbol, _ in frames for k in keys))


def main(arguments):
    columns = []
    for argument in arguments:
        path, requests = argument.rsplit(":", 1)
        samples = load(path)
        columns.append((path.split("/")[-1], [count(samples, key) * 1_000_000 / 999 / float(requests) for _, key in ROWS]))
    print("| where (µs of CPU per request) | " + " | ".join(name for name, _ in columns) + " |")
    print("|---|" + "---:|" * len(columns))
    for i, (label, _) in enumerate(ROWS):
        print(f"| {label} | " + " | ".join(f"{values[i]:.0f}" for _, values in columns) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
