package org.opencall.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The most heap that stayed in use after a garbage collection since the last
 * {@link #reset()}: what a piece of work really holds, unlike the heap's peak, which grows
 * with whatever garbage the collector has not yet needed to clear.
 */
final class HeapAfterCollections {

	private final AtomicLong peak = new AtomicLong();

	private HeapAfterCollections() {
	}

	/** Starts watching every collector of this JVM. */
	static HeapAfterCollections watch() {
		HeapAfterCollections watch = new HeapAfterCollections();
		Set<String> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getName)
			.collect(Collectors.toSet());
		ManagementFactory.getGarbageCollectorMXBeans().forEach((collector) -> {
			((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
				if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
					long alive = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
						.getGcInfo()
						.getMemoryUsageAfterGc()
						.entrySet()
						.stream()
						.filter((pool) -> heap.contains(pool.getKey()))
						.mapToLong((pool) -> pool.getValue().getUsed())
						.sum();
					watch.peak.accumulateAndGet(alive, Math::max);
				}
			}, null, null);
		});
		return watch;
	}

	void reset() {
		this.peak.set(0);
	}

	long peak() {
		return this.peak.get();
	}

}
