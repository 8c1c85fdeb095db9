using System.Text.RegularExpressions;

namespace BriefingAudit.Core.Tests.Pipeline;

/// <summary>The one line check, compare and eval print for what went wrong inside the checker.</summary>
public class MessagesTests
{
    [Fact]
    public void RunawayPattern_IsSaidAsSuch() =>
        Assert.Equal(Messages.PatternTimedOut, Messages.Unexpected(new RegexMatchTimeoutException("x", "y", TimeSpan.FromSeconds(1))));

    [Fact]
    public void Bug_IsNamedByItsType_WithoutItsMessage()
    {
        var line = Messages.Unexpected(new InvalidOperationException("secret detail"));
        Assert.Contains("internal error (InvalidOperationException)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", line, StringComparison.Ordinal);
    }
}
