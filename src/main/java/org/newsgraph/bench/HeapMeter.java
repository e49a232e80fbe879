package org.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak heap of one phase, two ways. {@link #poolPeakMb()}: the JVM's own peak usage of each heap pool (eden,
 * survivor, old), reset when the phase starts, summed; an upper bound, since the pools need not peak together,
 * and it counts garbage not yet collected. {@link #sampledPeakMb()}: the largest total heap in use seen by a
 * thread that samples every 10 ms; a lower bound, since a spike between samples is missed.
 */
final class HeapMeter implements AutoCloseable {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
            .toList();
    private final Thread sampler;
    private volatile long sampledPeak;
    private volatile boolean running = true;

    private HeapMeter() {
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampler = new Thread(() -> {
            while (running) {
                sampledPeak = Math.max(sampledPeak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Resets the pools' peaks and starts sampling. */
    static HeapMeter start() {
        return new HeapMeter();
    }

    long poolPeakMb() {
        return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    long sampledPeakMb() {
        return sampledPeak >> 20;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    /** A full collection, so a phase starts without the previous one's garbage. */
    static void collect() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }
}
