namespace BriefingAudit.Web.Tests;

/// <summary>The test classes that share one <see cref="ServerFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SharedServer : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}
