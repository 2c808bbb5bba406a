package io.drillplan.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** One line saying where a benchmark ran, printed and written with every result. */
final class Machine {

    private Machine() {}

    /** Processors, physical memory, the JVM's max heap, Java and OS versions. */
    static String describe() {
        Runtime rt = Runtime.getRuntime();
        long physical = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            physical = os.getTotalMemorySize();
        }
        return String.format(Locale.ROOT, "%d processors, %s physical memory, max heap %s, Java %s (%s), %s %s",
                rt.availableProcessors(), physical < 0 ? "unknown" : mib(physical), mib(rt.maxMemory()),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%d MiB", bytes / (1024 * 1024));
    }
}
