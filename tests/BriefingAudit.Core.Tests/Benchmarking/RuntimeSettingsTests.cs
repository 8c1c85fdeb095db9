using BriefingAudit.Core.Benchmarking;

namespace BriefingAudit.Core.Tests.Benchmarking;

public class RuntimeSettingsTests
{
    [Fact]
    public void RuntimeInTheAppFolder_SelfContained()
    {
        Assert.True(RuntimeSettings.From("10.0.0", "/opt/app/", "/opt/app", null, null).SelfContained);
        Assert.False(RuntimeSettings.From("10.0.0", "/usr/share/dotnet/shared/Microsoft.NETCore.App/10.0.0/", "/opt/app/", null, null).SelfContained);
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData(null, "false", false)]
    [InlineData(null, "True", true)]
    [InlineData("0", null, false)]
    [InlineData("1", "false", true)]
    [InlineData("0", "true", false)]
    public void TieredCompilation_EnvironmentWinsOverRuntimeConfig(string? environment, string? config, bool expected) =>
        Assert.Equal(expected, RuntimeSettings.From("10.0.0", "/a", "/b", environment, config).TieredCompilation);

    [Fact]
    public void Description_NamesEachSetting() =>
        Assert.Equal(
            ".NET 10.0.1, self-contained, tiered compilation off",
            RuntimeSettings.From("10.0.1", "/opt/app", "/opt/app/", null, "false").ToString());
}
