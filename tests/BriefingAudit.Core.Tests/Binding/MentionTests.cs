using BriefingAudit.Core.Binding;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>The order a sentence's mentions are read in: by place, then by kind, otherwise as they were found.</summary>
public class MentionTests
{
    [Fact]
    public void InTextOrder_SortsByPlaceThenKind()
    {
        var period = new Mention(30, 41, MentionKind.Period);
        var measure = new Mention(4, 12, MentionKind.Measure);
        var entity = new Mention(4, 12, MentionKind.Entity);
        var pronoun = new Mention(0, 3, MentionKind.Pronoun);

        var ordered = Mention.InTextOrder([period, entity, measure, pronoun]);

        Assert.Equal<Mention>([pronoun, measure, entity, period], ordered.AsEnumerable());
    }

    [Fact]
    public void InTextOrder_KeepsTheOrderFoundOfMentionsAtOnePlaceOfOneKind()
    {
        // Equal as records would hide a swap: each carries its own entity.
        var first = new Mention(10, 10, MentionKind.Entity, Entity: EntityRef.Phrase("canal towns"));
        var second = new Mention(10, 10, MentionKind.Entity, Entity: EntityRef.Phrase("river ports"));
        var earlier = new Mention(2, 8, MentionKind.Measure);

        var ordered = Mention.InTextOrder([first, earlier, second]);

        Assert.Same(earlier, ordered[0]);
        Assert.Same(first, ordered[1]);
        Assert.Same(second, ordered[2]);
    }

    [Fact]
    public void InTextOrder_GivesWhatTheQueryGave()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var mentions = Enumerable.Range(0, random.Next(0, 12))
                .Select(i => new Mention(random.Next(0, 6), 20, (MentionKind)random.Next(0, 4), Entity: EntityRef.Phrase("place " + i))).ToList();

            Assert.Equal(mentions.OrderBy(m => m.Start).ThenBy(m => m.Kind), Mention.InTextOrder(mentions));
        }
    }
}
