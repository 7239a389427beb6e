package com.leeway.ruling.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.leeway.ruling.facts.Request;
import com.leeway.ruling.facts.RulingSheet;

/**
 * Everything a rule file may name: the fact types it may match (with their properties and pure helper methods),
 * and the ruling sheet it writes its verdict on. The rule-file guard allows these and nothing else.
 */
final class RuleVocabulary {

	/** The fact types rules may match. A new fact type is one more line: its class and its pure helpers. */
	static final List<FactType> FACTS = List.of(FactType.of(Request.class, "productIs", "versionIs", "mentions"));

	/** The one global a rule file may declare, and the name it must have. */
	static final Class<?> SHEET_TYPE = RulingSheet.class;

	static final String SHEET_NAME = "ruling";

	/** The ruling-sheet methods a rule's action may call; each takes text or whole numbers only. */
	static final Map<String, List<Class<?>>> ACTIONS = actions("approve", "deny", "escalate", "note", "condition",
			"limitDays");

	private RuleVocabulary() {
	}

	static FactType fact(String typeName) {
		for (FactType fact : FACTS) {
			if (fact.type().getName().equals(typeName) || fact.type().getSimpleName().equals(typeName)) {
				return fact;
			}
		}
		return null;
	}

	static boolean isAllowedImport(String target) {
		return SHEET_TYPE.getName().equals(target)
				|| FACTS.stream().anyMatch(fact -> fact.type().getName().equals(target));
	}

	static String factNames() {
		return String.join(", ", FACTS.stream().map(fact -> fact.type().getSimpleName()).toList());
	}

	static String actionList() {
		List<String> names = List.copyOf(ACTIONS.keySet());
		return "ruling." + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
	}

	private static Map<String, List<Class<?>>> actions(String... names) {
		Map<String, List<Class<?>>> actions = new LinkedHashMap<>();
		for (String name : names) {
			Method method = Arrays.stream(SHEET_TYPE.getMethods())
				.filter(candidate -> candidate.getName().equals(name))
				.reduce((first, second) -> {
					throw new IllegalStateException("Overloaded ruling method " + name);
				})
				.orElseThrow(() -> new IllegalStateException("No ruling method " + name));
			for (Class<?> parameter : method.getParameterTypes()) {
				if (parameter != String.class && parameter != int.class) {
					throw new IllegalStateException("Ruling method " + name + " takes " + parameter);
				}
			}
			actions.put(name, List.of(method.getParameterTypes()));
		}
		return java.util.Collections.unmodifiableMap(actions);
	}

	/**
	 * A fact type: its properties (from its getters that return text, numbers or yes/no, which cannot be changed
	 * through them) and its helper methods, which take text only.
	 */
	record FactType(Class<?> type, Set<String> properties, Set<String> helpers) {

		static FactType of(Class<?> type, String... helpers) {
			Set<String> properties = new TreeSet<>();
			for (Method method : type.getDeclaredMethods()) {
				if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
						|| method.getParameterCount() != 0 || !isValue(method.getReturnType())) {
					continue;
				}
				String name = method.getName();
				if (name.startsWith("get") && name.length() > 3 && method.getReturnType() != boolean.class) {
					properties.add(decapitalize(name.substring(3)));
				}
				else if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
					properties.add(decapitalize(name.substring(2)));
				}
			}
			for (String helper : helpers) {
				List<Method> methods = Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(helper)).toList();
				if (methods.isEmpty() || methods.stream()
					.anyMatch(m -> m.getReturnType() != boolean.class || Arrays.stream(m.getParameterTypes())
						.anyMatch(p -> p != String.class && p != String[].class))) {
					throw new IllegalStateException(type.getSimpleName() + "." + helper
							+ " must exist, answer yes or no and take text only");
				}
			}
			return new FactType(type, Set.copyOf(properties), Set.of(helpers));
		}

		private static boolean isValue(Class<?> type) {
			return type == String.class || type == int.class || type == long.class || type == double.class
					|| type == boolean.class;
		}

		private static String decapitalize(String name) {
			if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
				return name;
			}
			return Character.toLowerCase(name.charAt(0)) + name.substring(1);
		}

		String name() {
			return type.getSimpleName();
		}

	}

}
