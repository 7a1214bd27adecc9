namespace Chorus.Core.Cleaning.Rules;

/// <summary>
/// One rule of the text-scrape cleaner: it reads the scrape's lines in the <see cref="CleaningContext"/>, removes the
/// lines it recognises (with the reason users see) and records what it learned there (metadata, the headline) for
/// the rules after it. What a rule needs from earlier rules (the headline, the lead) it reads from the context.
/// </summary>
internal interface ICleaningRule
{
    /// <summary>A short name of the rule, for tests and diagnostics.</summary>
    string Name { get; }

    void Apply(CleaningContext context);
}
