package com.leeway.ruling.engine;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.WindowReferenceDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.ParserError;

import com.leeway.ruling.RuleProblem;
import com.leeway.ruling.RuleSetFiles;

/**
 * Makes sure a rule file can only decide. Rule files are policy, not programs: before anything of a candidate
 * rule set is built, every DRL file and every decision table (converted to DRL first) is read with Drools' own
 * parser and held against an allow-list — patterns of Leeway's fact types with plain conditions, and actions that
 * only call {@code ruling.approve/deny/escalate/note/condition/limitDays} with plain values. Anything else (other
 * classes, functions, {@code eval}, {@code from}, {@code modify}, expressions in attributes, escapes that Java
 * would read differently, ...) is a compile error at its file and line, and nothing is built.
 */
final class RuleFileGuard {

	/** The outcome: the problems, and for each rule file the DRL text that was checked and may be built. */
	record Checked(List<RuleProblem> problems, Map<String, String> drl) {

		boolean hasErrors() {
			return problems.stream().anyMatch(RuleProblem::isError);
		}

	}

	private static final int MAX_TEXT_PROBLEMS = 5;

	private static final Pattern VALUE_BINDING = Pattern.compile("^\\s*(\\$[A-Za-z_][A-Za-z0-9_]*)\\s*:(?!=)");

	private static final String PLAIN_TEXT_RULE = "%s may not contain \\, \", /*, */, @{ or ${: Drools copies it into code it generates.";

	private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,8})");

	private static final Pattern IDENTIFIER = Pattern.compile("\\$?[A-Za-z_][A-Za-z0-9_]*");

	private final String path;

	private final String text;

	private final List<RuleProblem> problems = new ArrayList<>();

	/** Rules Drools will build from this file: each rule counted as often as its {@code or} groups split it. */
	private long builtRules;

	private long builtPatterns;

	private RuleFileGuard(String path, String text) {
		this.path = path;
		this.text = text;
	}

	/** Checks every rule file of a rule set; decision tables are converted to the DRL that will be built. */
	static Checked check(RuleSetFiles files) {
		List<RuleProblem> problems = new ArrayList<>();
		Map<String, String> drl = new LinkedHashMap<>();
		long rules = 0;
		long patterns = 0;
		boolean tooMany = false;
		boolean tooLarge = false;
		for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
			String path = file.getKey();
			if (!RuleSetFiles.isRuleFile(path)) {
				continue;
			}
			FileResult result = CHECKED.computeIfAbsent(path, file.getValue(), () -> checkFile(path, file.getValue()));
			problems.addAll(result.problems());
			if (result.drl() != null) {
				drl.put(path, result.drl());
			}
			rules += result.rules();
			patterns += result.patterns();
			if (!tooLarge && patterns > RuleLimits.MAX_PATTERNS_PER_RULE_SET) {
				tooLarge = true;
				problems.add(RuleProblem.error(path, 0, 0, String.format(java.util.Locale.ROOT,
						"With this file the rules of the rule set hold more than %,d patterns such as Request( ... ) together (counting every separate rule that 'or' groups make), the most one rule set may hold. Combine conditions inside one Request( ... ), or remove rules that are no longer needed.",
						RuleLimits.MAX_PATTERNS_PER_RULE_SET)));
			}
			if (!tooMany && rules > RuleLimits.MAX_RULES_PER_RULE_SET) {
				tooMany = true;
				problems.add(RuleProblem.error(path, 0, 0, String.format(java.util.Locale.ROOT,
						"With this file the rule set holds more than %,d rules (counting every row of a decision table, and every separate rule that 'or' groups make), the most one rule set may hold. Merge similar rules, for example with in (...), or remove rules that are no longer needed.",
						RuleLimits.MAX_RULES_PER_RULE_SET)));
			}
		}
		return new Checked(problems, drl);
	}

	/** What the guard found in one file, and the DRL to build from it when it could be read. */
	record FileResult(List<RuleProblem> problems, String drl, long rules, long patterns) {
	}

	/**
	 * The same file is checked again and again (validate, test, preview, publish, the folder watcher): its result
	 * depends only on its path and content, so recent results are kept.
	 */
	private static final CheckedFiles CHECKED = new CheckedFiles(256);

	private static FileResult checkFile(String path, byte[] content) {
		content = withoutByteOrderMark(content);
		if (RuleSetFiles.isDecisionTable(path)) {
			DecisionTables.Converted converted = DecisionTables.toDrl(path, content);
			if (converted.problem() != null) {
				return new FileResult(List.of(converted.problem()), null, 0, 0);
			}
			String table = decode(content);
			RuleFileGuard guard = guard(path, converted.drl());
			List<RuleProblem> found = guard.problems.stream()
				.map(problem -> DecisionTables.locate(problem, converted.drl(), table))
				.toList();
			return new FileResult(found, converted.drl(), guard.builtRules, guard.builtPatterns);
		}
		String text = decode(content);
		if (text == null) {
			return new FileResult(List.of(RuleProblem.error(path, 0, 0,
					"The file is not plain UTF-8 text; save it as UTF-8 and try again.")), null, 0, 0);
		}
		RuleFileGuard guard = guard(path, text);
		return new FileResult(List.copyOf(guard.problems), text, guard.builtRules, guard.builtPatterns);
	}

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** Some editors start a UTF-8 file with an invisible byte-order mark; it is not part of the rules. */
	private static byte[] withoutByteOrderMark(byte[] content) {
		if (content.length >= 3 && content[0] == BYTE_ORDER_MARK[0] && content[1] == BYTE_ORDER_MARK[1]
				&& content[2] == BYTE_ORDER_MARK[2]) {
			return java.util.Arrays.copyOfRange(content, 3, content.length);
		}
		return content;
	}

	/** A small cache of guard results by path and SHA-256 of the content. */
	private static final class CheckedFiles {

		private final Map<String, FileResult> results;

		CheckedFiles(int capacity) {
			this.results = new java.util.LinkedHashMap<>(capacity, 0.75f, true) {

				@Override
				protected boolean removeEldestEntry(Map.Entry<String, FileResult> eldest) {
					return size() > capacity;
				}

			};
		}

		FileResult computeIfAbsent(String path, byte[] content, java.util.function.Supplier<FileResult> check) {
			String key = sha256(content) + ":" + path;
			synchronized (results) {
				FileResult known = results.get(key);
				if (known != null) {
					return known;
				}
			}
			FileResult result = check.get();
			synchronized (results) {
				results.put(key, result);
			}
			return result;
		}

		private static String sha256(byte[] content) {
			try {
				return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
			}
			catch (java.security.NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/** Checks one DRL text; an empty list means it may be built. */
	static List<RuleProblem> checkDrl(String path, String text) {
		return guard(path, text).problems;
	}

	private static RuleFileGuard guard(String path, String text) {
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		RuleFileGuard guard = new RuleFileGuard(path, text);
		guard.checkCharacters();
		if (!guard.problems.isEmpty()) {
			return guard;
		}
		DrlParser parser = new DrlParser();
		PackageDescr descr;
		try {
			descr = parser.parse(false, text);
		}
		catch (Exception | StackOverflowError ex) {
			guard.problems.add(RuleProblem.error(path, 0, 0,
					"The rule file could not be read as rules; check that it is a well-formed DRL file."));
			return guard;
		}
		if (parser.hasErrors() || descr == null) {
			for (DroolsError error : parser.getErrors()) {
				guard.problems.add(parseError(path, error));
			}
			if (guard.problems.isEmpty()) {
				guard.problems.add(RuleProblem.error(path, 0, 0, "The rule file could not be read as rules."));
			}
			return guard;
		}
		guard.checkPackage(descr);
		return guard;
	}

	static String decode(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static RuleProblem parseError(String path, DroolsError error) {
		String message = PlainMessages.explain(error.getMessage());
		if (error instanceof ParserError parserError) {
			return RuleProblem.error(path, Math.max(parserError.getRow(), 0),
					parserError.getCol() >= 0 ? parserError.getCol() + 1 : 0, message);
		}
		int[] lines = error.getLines();
		return RuleProblem.error(path, lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0, 0, message);
	}

	// --- characters -------------------------------------------------------------------------------------

	/**
	 * Java turns {@code \u0022} into a quote before it reads anything, so a unicode escape could end a text and
	 * start code that no other reader sees; invisible characters can make text look different from what it is.
	 * Both are refused outright, anywhere in the file.
	 */
	private void checkCharacters() {
		int line = 1;
		int column = 1;
		for (int i = 0; i < text.length() && problems.size() < MAX_TEXT_PROBLEMS; i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
				problems.add(RuleProblem.error(path, line, column,
						"Unicode escapes such as \\u0022 are not allowed anywhere in a rule file: Java reads them as other characters before it reads the rule, so they could hide code. Type the character itself instead."));
			}
			else if (isInvisible(c)) {
				problems.add(RuleProblem.error(path, line, column, String.format(
						"The file contains an invisible control character (U+%04X) here; only tabs and line breaks are allowed. Remove it and type the text again.",
						(int) c)));
			}
			else if (isInvisibleFormat(c)) {
				problems.add(RuleProblem.error(path, line, column, String.format(
						"The file contains an invisible character (U+%04X, such as a zero-width space) here: it can make two names look the same when they are not. Remove it and type the text again.",
						(int) c)));
			}
			if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
				line++;
				column = 1;
			}
			else {
				column++;
			}
		}
	}

	/**
	 * Zero-width spaces and joiners, word joiners, invisible operators and byte-order marks: they show as nothing,
	 * so "Deny Windows" and "Deny Win\u200Bdows" look alike. A byte-order mark at the very start is removed before.
	 */
	private static boolean isInvisibleFormat(char c) {
		return (c >= '\u200B' && c <= '\u200F') || (c >= '\u2060' && c <= '\u2064') || c == '\uFEFF';
	}

	private static boolean isInvisible(char c) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return false;
		}
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
				|| (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
				|| c == '\u200F' || c == '\u061C';
	}

	// --- package level ------------------------------------------------------------------------------------

	private void checkPackage(PackageDescr descr) {
		if (descr.getUnit() != null) {
			refuse(descr.getUnit(), "Rule units ('unit') are not allowed in rule files.");
		}
		for (ImportDescr importDescr : descr.getImports()) {
			if (!RuleVocabulary.isAllowedImport(importDescr.getTarget())) {
				refuse(importDescr, "A rule file may only import Leeway's fact types (" + allowedImports()
						+ "); '" + importDescr.getTarget() + "' cannot be imported.");
			}
		}
		for (FunctionImportDescr importDescr : descr.getFunctionImports()) {
			refuse(importDescr, "'import static' and 'import function' are not allowed: a rule may only decide, not call code. ('"
					+ importDescr.getTarget() + "')");
		}
		for (BaseDescr importDescr : descr.getAccumulateImports()) {
			refuse(importDescr, "'import accumulate' is not allowed in rule files.");
		}
		for (GlobalDescr global : descr.getGlobals()) {
			boolean sheetType = global.getType().equals(RuleVocabulary.SHEET_TYPE.getName())
					|| global.getType().equals(RuleVocabulary.SHEET_TYPE.getSimpleName());
			if (!sheetType || !global.getIdentifier().equals(RuleVocabulary.SHEET_NAME)) {
				refuse(global, "The only global a rule file may declare is 'global " + RuleVocabulary.SHEET_TYPE.getName()
						+ " " + RuleVocabulary.SHEET_NAME + "'; 'global " + global.getType() + " "
						+ global.getIdentifier() + "' is not allowed.");
			}
		}
		for (BaseDescr function : descr.getFunctions()) {
			refuse(function, "Functions are not allowed in rule files: rule files are policy, not programs. Write the logic as conditions instead.");
		}
		for (BaseDescr declaration : descr.getTypeDeclarations()) {
			refuse(declaration, "'declare' is not allowed in rule files: rules work only on Leeway's own facts.");
		}
		for (BaseDescr declaration : descr.getEnumDeclarations()) {
			refuse(declaration, "'declare enum' is not allowed in rule files: rules work only on Leeway's own facts.");
		}
		for (BaseDescr declaration : descr.getEntryPointDeclarations()) {
			refuse(declaration, "Entry points are not allowed in rule files.");
		}
		for (BaseDescr declaration : descr.getWindowDeclarations()) {
			refuse(declaration, "Windows ('declare window') are not allowed in rule files.");
		}
		for (AttributeDescr attribute : descr.getAttributes()) {
			checkAttribute(attribute, null);
		}
		for (RuleDescr rule : descr.getRules()) {
			if (rule.isQuery()) {
				refuse(rule, "Queries are not allowed in rule files: a rule file holds rules only.");
				continue;
			}
			checkRule(rule);
		}
	}

	/** Names and attribute texts are copied into generated code by Drools: nothing in them may end a comment or text. */
	private static boolean isPlainText(String value) {
		return value != null && value.indexOf('\\') < 0 && value.indexOf('"') < 0 && !value.contains("/*")
				&& !value.contains("*/") && !value.contains("@{") && !value.contains("${");
	}

	private static String allowedImports() {
		return String.join(", ", RuleVocabulary.FACTS.stream().map(fact -> fact.type().getName()).toList());
	}

	// --- rules ----------------------------------------------------------------------------------------------

	private void checkRule(RuleDescr rule) {
		String name = "In rule \"" + rule.getName() + "\": ";
		if (!isPlainText(rule.getName())) {
			refuse(rule, name + PLAIN_TEXT_RULE.formatted("A rule name"));
		}
		if (!rule.getAnnotations().isEmpty()) {
			refuse(rule, name + "annotations such as @" + rule.getAnnotationNames().iterator().next()
					+ " are not allowed on rules.");
		}
		if (rule.hasParent()) {
			refuse(rule, name + "'extends' is not allowed; write each rule's conditions in full.");
		}
		for (AttributeDescr attribute : rule.getAttributes().values()) {
			checkAttribute(attribute, rule);
		}
		if (!rule.getNamedConsequences().isEmpty()) {
			refuse(rule, name + "named consequences (then[...], do[...], break[...]) are not allowed; a rule has one 'then' part.");
		}
		Map<String, RuleConditions.Variable> variables = new HashMap<>();
		collectVariables(rule.getLhs(), variables);
		checkCondition(rule, rule.getLhs(), variables);
		checkSize(rule);
		checkAction(rule);
	}

	/**
	 * Drools turns a rule with {@code or} between patterns into one rule per combination of branches, so twenty
	 * groups of two make a million rules out of one; and it links the patterns of a rule recursively, so thousands
	 * of patterns overflow the stack. Both are refused here, before anything is built.
	 */
	private void checkSize(RuleDescr rule) {
		String name = "In rule \"" + rule.getName() + "\": ";
		long patterns = patterns(rule.getLhs());
		if (patterns > RuleLimits.MAX_PATTERNS_PER_RULE) {
			refuse(rule, name + String.format(java.util.Locale.ROOT,
					"this rule has %,d patterns such as Request( ... ); at most %,d are allowed in one rule. Combine conditions inside one Request( ... ) where you can.",
					patterns, RuleLimits.MAX_PATTERNS_PER_RULE));
		}
		long expanded = expansion(rule.getLhs());
		if (expanded > RuleLimits.MAX_RULES_FROM_OR) {
			refuse(rule, name + "This rule's `or` groups combine into " + (expanded >= EXPANSION_CEILING
					? "more than " + String.format(java.util.Locale.ROOT, "%,d", EXPANSION_CEILING)
					: String.format(java.util.Locale.ROOT, "%,d", expanded)) + " separate rules; at most "
					+ RuleLimits.MAX_RULES_FROM_OR + " are allowed. Use `||` inside one Request( … ) where you can.");
		}
		long rulesBuilt = Math.max(1, Math.min(expanded, EXPANSION_CEILING));
		builtRules += rulesBuilt;
		builtPatterns += Math.max(1, Math.min(patterns, EXPANSION_CEILING)) * rulesBuilt;
	}

	/** Beyond this the exact number of rules an {@code or} makes does not matter: it is far too many. */
	private static final long EXPANSION_CEILING = 1_000_000_000L;

	private static long patterns(BaseDescr element) {
		if (element instanceof PatternDescr) {
			return 1;
		}
		long count = 0;
		if (element instanceof ConditionalElementDescr group) {
			for (BaseDescr child : group.getDescrs()) {
				count += patterns(child);
			}
		}
		return count;
	}

	/**
	 * How many rules Drools makes of a condition: a pattern is one, {@code or} adds up its branches, {@code and}
	 * multiplies its parts, and not/exists/forall count what is inside them, because Drools splits there too.
	 */
	private static long expansion(BaseDescr element) {
		if (element instanceof PatternDescr) {
			return 1;
		}
		if (element instanceof OrDescr or) {
			long sum = 0;
			for (BaseDescr child : or.getDescrs()) {
				sum = Math.min(EXPANSION_CEILING, sum + expansion(child));
			}
			return Math.max(sum, 1);
		}
		if (element instanceof ConditionalElementDescr group) {
			long product = 1;
			for (BaseDescr child : group.getDescrs()) {
				product = Math.min(EXPANSION_CEILING, product * expansion(child));
			}
			return product;
		}
		return 1;
	}

	private void checkAttribute(AttributeDescr attribute, RuleDescr rule) {
		String value = attribute.getValue() == null ? "" : attribute.getValue().trim();
		String where = rule == null ? "" : "In rule \"" + rule.getName() + "\": ";
		boolean allowed = switch (attribute.getName()) {
			case "salience" -> INTEGER.matcher(value).matches();
			case "no-loop", "lock-on-active", "auto-focus", "enabled" -> value.equals("true") || value.equals("false");
			case "agenda-group", "activation-group", "ruleflow-group", "date-effective", "date-expires" ->
				(attribute.getType() == AttributeDescr.Type.STRING || attribute.getType() == AttributeDescr.Type.DATE)
						&& isPlainText(value);
			case "dialect" -> value.equals("java") || value.equals("mvel");
			default -> false;
		};
		if (allowed) {
			return;
		}
		String message = switch (attribute.getName()) {
			case "salience" -> "salience must be a whole number such as 10 or -5, not '" + value
					+ "': Drools would run an expression.";
			case "no-loop", "lock-on-active", "auto-focus", "enabled" -> attribute.getName()
					+ " must be true or false, not '" + value + "'.";
			case "dialect" -> "dialect must be \"java\" or \"mvel\".";
			case "agenda-group", "activation-group", "ruleflow-group", "date-effective", "date-expires" -> attribute
				.getName() + " must be a text in quotes. " + PLAIN_TEXT_RULE.formatted("Such a text");
			default -> "the attribute '" + attribute.getName()
					+ "' is not allowed. Rules may use salience, no-loop, lock-on-active, auto-focus, agenda-group, activation-group, ruleflow-group, dialect, enabled, date-effective and date-expires.";
		};
		BaseDescr at = attribute.getLine() > 0 ? attribute : rule;
		refuse(at, where + message);
	}

	private void collectVariables(BaseDescr element, Map<String, RuleConditions.Variable> variables) {
		if (element instanceof PatternDescr pattern) {
			RuleVocabulary.FactType fact = RuleVocabulary.fact(pattern.getObjectType());
			if (pattern.getIdentifier() != null) {
				variables.put(pattern.getIdentifier(), new RuleConditions.Variable(fact));
			}
			collectVariables((BaseDescr) pattern.getConstraint(), variables);
		}
		else if (element instanceof ExprConstraintDescr constraint) {
			Matcher binding = VALUE_BINDING.matcher(constraint.getExpression());
			if (binding.find()) {
				variables.put(binding.group(1), new RuleConditions.Variable(null));
			}
		}
		else if (element instanceof BindingDescr binding && binding.getVariable() != null) {
			variables.put(binding.getVariable(), new RuleConditions.Variable(null));
		}
		else if (element instanceof ConditionalElementDescr group) {
			for (BaseDescr child : group.getDescrs()) {
				collectVariables(child, variables);
			}
		}
	}

	private void checkCondition(RuleDescr rule, BaseDescr element, Map<String, RuleConditions.Variable> variables) {
		String name = "In rule \"" + rule.getName() + "\": ";
		if (element instanceof PatternDescr pattern) {
			checkPattern(rule, pattern, variables);
		}
		else if (element instanceof AndDescr || element instanceof OrDescr || element instanceof NotDescr
				|| element instanceof ExistsDescr || element instanceof ForallDescr) {
			for (BaseDescr child : ((ConditionalElementDescr) element).getDescrs()) {
				checkCondition(rule, child, variables);
			}
		}
		else if (element instanceof EvalDescr) {
			refuse(element, rule, name + "eval(...) is not allowed: a condition may only compare the request's properties.");
		}
		else {
			refuse(element, rule, name + "'" + kind(element)
					+ "' is not allowed in a condition. Conditions are patterns such as Request( ... ), combined with and, or, not, exists and forall.");
		}
	}

	private void checkPattern(RuleDescr rule, PatternDescr pattern, Map<String, RuleConditions.Variable> variables) {
		String name = "In rule \"" + rule.getName() + "\": ";
		RuleVocabulary.FactType fact = RuleVocabulary.fact(pattern.getObjectType());
		if (fact == null) {
			refuse(pattern, rule, name + "rules can only look at " + RuleVocabulary.factNames() + "; '"
					+ pattern.getObjectType() + "' is not something a rule can look at.");
			return;
		}
		if (pattern.getSource() != null) {
			refuse(pattern.getSource().getLine() > 0 ? pattern.getSource() : pattern, rule,
					name + "'" + kind(pattern.getSource())
							+ "' is not allowed: a rule looks only at the request itself.");
		}
		if (!pattern.getBehaviors().isEmpty()) {
			refuse(pattern, rule, name + "'over window' is not allowed in rules.");
		}
		if (!pattern.getAnnotations().isEmpty()) {
			refuse(pattern, rule, name + "annotations on a pattern are not allowed.");
		}
		if (pattern.getIdentifier() != null && !IDENTIFIER.matcher(pattern.getIdentifier()).matches()) {
			refuse(pattern, rule, name + "a pattern's name may only use plain letters, digits and '_' after its '$', e.g. $request.");
		}
		if (pattern.isQuery() || pattern.isUnification()) {
			refuse(pattern, rule, name + "'?' and ':=' are not allowed on a pattern.");
		}
		checkConstraints(rule, pattern, (BaseDescr) pattern.getConstraint(), fact, variables,
				new RuleConditions.Budget());
	}

	private void checkConstraints(RuleDescr rule, PatternDescr pattern, BaseDescr element,
			RuleVocabulary.FactType fact, Map<String, RuleConditions.Variable> variables,
			RuleConditions.Budget budget) {
		String name = "In rule \"" + rule.getName() + "\": ";
		if (element instanceof ExprConstraintDescr constraint) {
			if (constraint.getType() == ExprConstraintDescr.Type.POSITIONAL) {
				refuse(constraint, rule, name + "positional conditions (before ';') are not allowed; name the property, e.g. durationDays > 30.");
				return;
			}
			RuleConditions.Violation violation = RuleConditions.check(constraint.getExpression(), fact, variables,
					budget);
			if (violation != null) {
				refuseAt(constraint.getLine() > 0 ? constraint : pattern, constraint.getExpression(),
						violation.offset(), rule, name + violation.message());
			}
		}
		else if (element instanceof BindingDescr binding) {
			if (binding.isUnification() || !fact.properties().contains(binding.getExpression().trim())) {
				refuse(binding.getLine() > 0 ? binding : pattern, rule,
						name + "a variable may only be bound to a property of " + fact.name() + ", e.g. $days : durationDays.");
			}
		}
		else if (element instanceof AndDescr || element instanceof OrDescr) {
			for (BaseDescr child : ((ConditionalElementDescr) element).getDescrs()) {
				checkConstraints(rule, pattern, child, fact, variables, budget);
			}
		}
		else if (element != null) {
			refuse(pattern, rule, name + "'" + kind(element) + "' is not allowed inside a pattern.");
		}
	}

	private void checkAction(RuleDescr rule) {
		Object consequence = rule.getConsequence();
		if (consequence == null) {
			return;
		}
		if (!(consequence instanceof String action)) {
			refuse(rule, "In rule \"" + rule.getName() + "\": the action cannot be read.");
			return;
		}
		RuleConditions.Violation violation = RuleActions.check(action);
		if (violation == null) {
			return;
		}
		int start = findAction(rule, action);
		String message = "In rule \"" + rule.getName() + "\": " + violation.message();
		if (start >= 0) {
			int[] position = position(start + violation.offset());
			problems.add(RuleProblem.error(path, position[0], position[1], message));
		}
		else {
			int line = Math.max(rule.getConsequenceLine(), rule.getLine()) + 1
					+ (int) action.substring(0, violation.offset()).chars().filter(c -> c == '\n').count();
			problems.add(RuleProblem.error(path, line, 0, message));
		}
	}

	/** Where the action's text starts in the file, or -1. */
	private int findAction(RuleDescr rule, String action) {
		if (action.isEmpty()) {
			return -1;
		}
		int from = offsetOfLine(Math.max(rule.getConsequenceLine(), rule.getLine()));
		return from < 0 ? -1 : text.indexOf(action, from);
	}

	// --- locations ---------------------------------------------------------------------------------------

	private void refuse(BaseDescr at, String message) {
		problems.add(RuleProblem.error(path, Math.max(at.getLine(), 0), at.getColumn() >= 0 && at.getLine() > 0
				? at.getColumn() + 1 : 0, message));
	}

	private void refuse(BaseDescr at, RuleDescr rule, String message) {
		refuse(at.getLine() > 0 ? at : rule, message);
	}

	/** Refuses at an offset inside the raw text of a descriptor, e.g. one token of a constraint. */
	private void refuseAt(BaseDescr at, String expression, int offset, RuleDescr rule, String message) {
		if (at.getLine() <= 0) {
			refuse(rule, message);
			return;
		}
		String before = expression.substring(0, Math.min(offset, expression.length()));
		int newlines = (int) before.chars().filter(c -> c == '\n').count();
		int column = newlines == 0 ? Math.max(at.getColumn(), 0) + offset + 1 : before.length() - before.lastIndexOf('\n');
		problems.add(RuleProblem.error(path, at.getLine() + newlines, column, message));
	}

	private int offsetOfLine(int line) {
		int offset = 0;
		for (int current = 1; current < line; current++) {
			int next = text.indexOf('\n', offset);
			if (next < 0) {
				return -1;
			}
			offset = next + 1;
		}
		return offset;
	}

	private int[] position(int offset) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new int[] { line, offset - lineStart + 1 };
	}

	private static String kind(Object element) {
		if (element instanceof FromDescr) {
			return "from";
		}
		if (element instanceof AccumulateDescr) {
			return "accumulate";
		}
		if (element instanceof CollectDescr) {
			return "collect";
		}
		if (element instanceof EntryPointDescr) {
			return "from entry-point";
		}
		if (element instanceof WindowReferenceDescr) {
			return "from window";
		}
		String simple = element.getClass().getSimpleName().replace("Descr", "");
		return switch (simple) {
			case "ConditionalBranch" -> "if ... do[...]";
			case "NamedConsequence" -> "do[...] / break[...]";
			case "GroupBy" -> "groupby";
			default -> simple.toLowerCase(java.util.Locale.ROOT);
		};
	}

}
