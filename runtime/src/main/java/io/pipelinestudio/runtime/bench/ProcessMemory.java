package io.pipelinestudio.runtime.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The memory of this process, which runs the embedded Flink cluster: the heap that stays live after a
 * full garbage collection, and the resident set the operating system counts.
 */
final class ProcessMemory {
    private static final Path STATUS = Paths.get("/proc/self/status");
    /**
     * After a full collection G1 shrinks the heap and hands the freed memory back to the system on its own
     * thread: measured here, the resident set drops by up to 100 MB within 250 ms of the collection, so a
     * reading taken at once counts memory already on its way out, in one sample out of three or four.
     */
    private static final long UNCOMMIT_SETTLE_MS = 1_000;

    private ProcessMemory() {}

    /**
     * Collects garbage, then sums what each heap pool held right after that collection. Not what the pools
     * held after whichever collection came last on its own: G1's young collections promote garbage into the
     * old generation that only a later concurrent cycle frees, so that figure rises and falls with the
     * collector's timing rather than with what the process keeps. A full collection every sampling interval
     * (60 to 90 ms for this soak's heap, every 10 s) measures the live heap itself; reading the pools' collection usage rather
     * than the heap's current use leaves out what the job allocates between the collection and the reading.
     */
    static long heapAfterGc() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (afterGc != null) {
                used += afterGc.getUsed();
            }
        }
        return used > 0 ? used : ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * The resident set size once the heap has settled after {@link #heapAfterGc()}; -1 where the system does
     * not report it.
     */
    static long residentSetSizeAfterGc() throws InterruptedException {
        Thread.sleep(UNCOMMIT_SETTLE_MS);
        return residentSetSize();
    }

    private static long residentSetSize() {
        try {
            for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmRSS:")) {
                    // "VmRSS:    412345 kB"
                    String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or a status file of another shape: the soak says RSS is unknown
        }
        return -1;
    }
}
