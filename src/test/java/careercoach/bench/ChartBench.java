package careercoach.bench;

import careercoach.coach.ProgressChart;
import careercoach.coach.Rating;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How long drawing one progress chart takes (PNG bytes and alt text), as after a skill check: a long check's
 * skill areas (12 by default), each rated now and at the previous check. Warms up, then times each render one by
 * one and prints the median, p99 and max in milliseconds, of wall time and of the thread's CPU time (on a shared
 * machine the wall time includes waiting for a core), and the PNG's size. See {@code bench/chart.sh}.
 */
public final class ChartBench {
    private ChartBench() {
    }

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        int rowsCount = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        List<ProgressChart.Row> rows = new ArrayList<>();
        Rating[] ratings = Rating.values();
        for (int i = 0; i < rowsCount; i++) {
            rows.add(new ProgressChart.Row("Skill area number " + (i + 1) + " of the guide",
                    ratings[i % ratings.length], Optional.of(ratings[(i + 3) % ratings.length])));
        }
        int bytes = 0;
        for (int i = 0; i < warmup; i++) {
            bytes = ProgressChart.render(rows, true).png().length;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            bytes = ProgressChart.render(rows, true).png().length;
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        System.out.printf("chart render: %d skill areas, %d runs after %d warm-up, PNG %d bytes%n", rowsCount, runs,
                warmup, bytes);
        print("wall", wall);
        print("cpu ", cpu);
    }

    private static void print(String what, double[] ms) {
        Arrays.sort(ms);
        int runs = ms.length;
        System.out.printf("  %s: median %.2f ms, p99 %.2f ms, max %.2f ms%n", what, ms[runs / 2],
                ms[(int) Math.ceil(runs * 0.99) - 1], ms[runs - 1]);
    }
}
