package org.performanceledger.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent by a process: on a machine shared with other builds a rate in events per CPU-second moves far
 * less than one per wall-clock second, so the benchmark prints both.
 */
final class Cpu {

    /** Linux's clock ticks per second for /proc/[pid]/stat; 100 on every common kernel configuration. */
    private static final long TICKS_PER_SECOND = 100;

    private Cpu() {
    }

    /** CPU time of this JVM, every thread, in nanoseconds. */
    static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of another process (user and system), in nanoseconds; -1 when it cannot be read. */
    static long processNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // Fields after the command name (which may hold spaces, in parentheses): utime is the 12th, stime 13th.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1_000_000_000L / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
    }

    /** The machine's load average over the last minute, as the benchmark's context. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
