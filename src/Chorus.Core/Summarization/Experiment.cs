namespace Chorus.Core.Summarization;

public static class Experiment
{
    public static int Flags { get; set; }

    public static double SaidFactor { get; set; } = 1;

    public static double X { get; set; }

    public static double Y { get; set; }
}
