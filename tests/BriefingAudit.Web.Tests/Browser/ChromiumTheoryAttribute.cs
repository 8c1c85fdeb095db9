namespace BriefingAudit.Web.Tests.Browser;

/// <summary>A data-driven test that needs a real browser; skipped like <see cref="ChromiumFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (Chromium.Executable is null)
        {
            Skip = Chromium.Missing;
        }
    }
}
