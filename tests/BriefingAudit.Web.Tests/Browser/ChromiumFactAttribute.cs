namespace BriefingAudit.Web.Tests.Browser;

/// <summary>A test that needs a real browser: skipped, saying why, only when chromium is not on the machine.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null)
        {
            Skip = Chromium.Missing;
        }
    }
}
