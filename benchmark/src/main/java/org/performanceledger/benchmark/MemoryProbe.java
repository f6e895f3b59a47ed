package org.performanceledger.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * How much memory one piece of work takes, three ways: what the process's peak resident size grew by (how the
 * failure was first measured: 0.9 GB to 5.2 GB; Linux only, its peak reset first where the kernel allows), what the
 * old generation's peak grew by (what the work kept alive long enough to be promoted), and how much the working
 * thread allocated in all (garbage included: the cost the collector pays).
 */
final class MemoryProbe {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");
    private static final long MB = 1024 * 1024;

    private final Optional<MemoryPoolMXBean> oldGeneration = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getName().contains("Old")).findFirst();
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private long oldBefore;
    private long allocatedBefore;
    private Optional<Long> residentBefore = Optional.empty();
    private boolean residentPeakReset;

    /** Just before the work: settles the heap and resets the peaks. */
    void start() {
        System.gc();
        oldGeneration.ifPresent(MemoryPoolMXBean::resetPeakUsage);
        oldBefore = oldGeneration.map(pool -> pool.getUsage().getUsed()).orElse(0L);
        residentBefore = kilobytes("VmRSS:");
        try {
            // "5" resets the peak resident size the kernel keeps (Linux 4.0 and later).
            Files.writeString(CLEAR_REFS, "5");
            residentPeakReset = true;
        } catch (IOException | UnsupportedOperationException | SecurityException notAllowed) {
            residentPeakReset = false;
        }
        allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    }

    /** Just after the work, in words. */
    String stop() {
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        String resident = residentPeakReset && residentBefore.isPresent()
                ? kilobytes("VmHWM:").map(peak -> String.format(Locale.ROOT, "%+,6d MB",
                (peak - residentBefore.get()) * 1024 / MB)).orElse("n/a") : "n/a";
        String old = oldGeneration.map(pool -> String.format(Locale.ROOT, "%+,6d MB",
                (pool.getPeakUsage().getUsed() - oldBefore) / MB)).orElse("n/a");
        return String.format(Locale.ROOT, "resident peak %s  old generation peak %s  allocated %,7d MB", resident,
                old, allocated / MB);
    }

    private static Optional<Long> kilobytes(String field) {
        try {
            return Files.readAllLines(STATUS).stream().filter(line -> line.startsWith(field)).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")));
        } catch (IOException | UnsupportedOperationException notLinux) {
            return Optional.empty();
        }
    }
}
