package com.leeway.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A generator of test inputs: every value is drawn from the one {@link Random} it is given, so a run is repeated
 * exactly by starting from the same seed. Only what the fuzz test needs, kept small.
 */
@FunctionalInterface
interface Gen<T> {

	T next(Random random);

	default <R> Gen<R> map(Function<? super T, ? extends R> function) {
		return random -> function.apply(next(random));
	}

	/** Lists of up to {@code maxSize} values (the empty list included). */
	default Gen<List<T>> list(int maxSize) {
		return random -> {
			int size = random.nextInt(maxSize + 1);
			List<T> values = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				values.add(next(random));
			}
			return values;
		};
	}

	/** {@code null} with the given probability, otherwise a value of this generator. */
	default Gen<T> orNull(double probability) {
		return random -> random.nextDouble() < probability ? null : next(random);
	}

	static <T> Gen<T> just(T value) {
		return random -> value;
	}

	@SafeVarargs
	static <T> Gen<T> of(T... values) {
		return of(Arrays.asList(values));
	}

	static <T> Gen<T> of(List<T> values) {
		List<T> copy = List.copyOf(values);
		return random -> copy.get(random.nextInt(copy.size()));
	}

	@SafeVarargs
	static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
		return random -> gens[random.nextInt(gens.length)].next(random);
	}

	/** A generator chosen with the given weight among the others. */
	record Weighted<T>(int weight, Gen<? extends T> gen) {
	}

	static <T> Weighted<T> weight(int weight, Gen<? extends T> gen) {
		return new Weighted<>(weight, gen);
	}

	@SafeVarargs
	static <T> Gen<T> frequencyOf(Weighted<? extends T>... choices) {
		return frequencyOf(Arrays.asList(choices));
	}

	static <T> Gen<T> frequencyOf(List<? extends Weighted<? extends T>> choices) {
		List<Weighted<? extends T>> copy = List.copyOf(choices);
		int total = copy.stream().mapToInt(Weighted::weight).sum();
		return random -> {
			int pick = random.nextInt(total);
			for (Weighted<? extends T> choice : copy) {
				pick -= choice.weight();
				if (pick < 0) {
					return choice.gen().next(random);
				}
			}
			throw new IllegalStateException("weights changed while drawing");
		};
	}

	/** Whole numbers from {@code min} to {@code max}, both included. */
	static Gen<Integer> integers(int min, int max) {
		return random -> (int) random.nextLong(min, (long) max + 1);
	}

	/** Any int, with the edges (zero, ±1, the smallest and largest) drawn more often than by chance. */
	static Gen<Integer> integers() {
		return frequencyOf(weight(1, of(0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE)), weight(4, Random::nextInt));
	}

	/** Any long, with the edges drawn more often than by chance. */
	static Gen<Long> longs() {
		return frequencyOf(weight(1, of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE)), weight(4, Random::nextLong));
	}

	static Gen<byte[]> bytes(int maxSize) {
		return random -> {
			byte[] bytes = new byte[random.nextInt(maxSize + 1)];
			random.nextBytes(bytes);
			return bytes;
		};
	}

	/** Strings of {@code minLength} to {@code maxLength} characters from {@code first} to {@code last}. */
	static Gen<String> strings(char first, char last, int minLength, int maxLength) {
		return strings(integers(first, last).map(code -> (char) code.intValue()), minLength, maxLength);
	}

	/** Strings of {@code minLength} to {@code maxLength} characters taken from {@code alphabet}. */
	static Gen<String> strings(String alphabet, int minLength, int maxLength) {
		return strings(integers(0, alphabet.length() - 1).map(alphabet::charAt), minLength, maxLength);
	}

	static Gen<String> strings(Gen<Character> chars, int minLength, int maxLength) {
		Gen<Integer> lengths = integers(minLength, maxLength);
		return random -> {
			int length = lengths.next(random);
			StringBuilder text = new StringBuilder(length);
			for (int i = 0; i < length; i++) {
				text.append(chars.next(random));
			}
			return text.toString();
		};
	}

	static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> function) {
		return random -> function.apply(a.next(random), b.next(random));
	}

	interface Function4<A, B, C, D, R> {

		R apply(A a, B b, C c, D d);

	}

	static <A, B, C, D, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d,
			Function4<? super A, ? super B, ? super C, ? super D, ? extends R> function) {
		return random -> function.apply(a.next(random), b.next(random), c.next(random), d.next(random));
	}

	interface Function5<A, B, C, D, E, R> {

		R apply(A a, B b, C c, D d, E e);

	}

	static <A, B, C, D, E, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e,
			Function5<? super A, ? super B, ? super C, ? super D, ? super E, ? extends R> function) {
		return random -> function.apply(a.next(random), b.next(random), c.next(random), d.next(random),
				e.next(random));
	}

	/** One value of each generator, in order. */
	static <T> Gen<List<T>> combine(List<Gen<T>> gens) {
		List<Gen<T>> copy = List.copyOf(gens);
		return random -> {
			List<T> values = new ArrayList<>(copy.size());
			for (Gen<T> gen : copy) {
				values.add(gen.next(random));
			}
			return values;
		};
	}

	/** {@code count} values drawn one after the other from one random source. */
	default List<T> sample(Random random, int count) {
		List<T> values = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			values.add(next(random));
		}
		return values;
	}

}
