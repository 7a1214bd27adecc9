using Chorus.Core.Documents;

namespace Chorus.Core.Inputs;

/// <summary>A page a container (feed item, URL list) points at, to be fetched with what the container knew.</summary>
internal sealed record PendingFetch(string Url, string Origin, RawDocument? Hints);

/// <summary>What reading the inputs produced so far: documents, named problems, notes and pages still to fetch.</summary>
internal sealed class InputCollector
{
    public List<RawDocument> Documents { get; } = [];

    public List<InputProblem> Problems { get; } = [];

    /// <summary>Things worth telling the user that are not problems, such as WARC records skipped by type.</summary>
    public List<string> Notes { get; } = [];

    public List<PendingFetch> ToFetch { get; } = [];

    public void Add(InputResult<RawDocument> result)
    {
        if (result.Succeeded)
        {
            Documents.Add(result.Value);
        }
        else
        {
            Problems.Add(result.Problem);
        }
    }

    public void AddAll(IEnumerable<InputResult<RawDocument>> results)
    {
        foreach (var result in results)
        {
            Add(result);
        }
    }

    public void Add(InputResult<FeedItem> result)
    {
        if (!result.Succeeded)
        {
            Problems.Add(result.Problem);
        }
        else if (result.Value.PageToFetch is { } page)
        {
            ToFetch.Add(new PendingFetch(page, result.Value.Document.Origin, result.Value.Document));
        }
        else
        {
            Documents.Add(result.Value.Document);
        }
    }

    /// <summary>Adds everything <paramref name="other"/> read after what this one holds.</summary>
    public void Append(InputCollector other)
    {
        Documents.AddRange(other.Documents);
        Problems.AddRange(other.Problems);
        Notes.AddRange(other.Notes);
        ToFetch.AddRange(other.ToFetch);
    }

    public void Problem(string input, string message) => Problems.Add(new InputProblem(input, message));
}
