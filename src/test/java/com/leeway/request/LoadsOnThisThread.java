package com.leeway.request;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.hibernate.Interceptor;
import org.hibernate.type.Type;

/**
 * Counts the requests Hibernate loads from the database, per thread: a test can tell what its own call read
 * while listeners that follow the commit read on their own threads.
 */
public class LoadsOnThisThread implements Interceptor {

	private static final Map<Thread, AtomicInteger> LOADS = new ConcurrentHashMap<>();

	@Override
	public boolean onLoad(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
		if (entity instanceof ExceptionRequest) {
			LOADS.computeIfAbsent(Thread.currentThread(), thread -> new AtomicInteger()).incrementAndGet();
		}
		return false;
	}

	static void reset() {
		LOADS.remove(Thread.currentThread());
	}

	static int count() {
		AtomicInteger loads = LOADS.get(Thread.currentThread());
		return loads == null ? 0 : loads.get();
	}

}
