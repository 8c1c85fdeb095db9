using System.Globalization;
using BriefingAudit.Fuzz;
using SharpFuzz;

// afl:                           run under afl-fuzz (SharpFuzz's side of its protocol); see run.sh
// loop SECONDS SEED-FOLDER CRASH-FOLDER:  without afl, random mutations of the seeds for a bounded time
// replay FILE...:                run the given inputs once each (to reproduce a crash that was saved)
switch (args)
{
    case ["afl"]:
        Fuzzer.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            FuzzTarget.Run(buffer.ToArray());
        });
        return 0;
    case ["loop", var seconds, var seedFolder, var crashFolder]:
        var seeds = Directory.GetFiles(seedFolder).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var duration = TimeSpan.FromSeconds(int.Parse(seconds, CultureInfo.InvariantCulture));
        return MutationLoop.Run(duration, seeds, crashFolder, Environment.TickCount) is null ? 0 : 1;
    case ["replay", .. var files]:
        foreach (var file in files)
        {
            Console.WriteLine(file);
            FuzzTarget.Run(File.ReadAllBytes(file));
        }

        return 0;
    default:
        Console.Error.WriteLine("usage: BriefingAudit.Fuzz afl | loop SECONDS SEED-FOLDER CRASH-FOLDER | replay FILE...");
        return 2;
}
