package com.leeway.ruleset;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Rule test results as JUnit XML, so IT staff's own CI shows rule tests like any other tests. Written with the
 * JDK's XML writer; characters XML cannot hold at all (most control characters) are replaced, since a test name
 * or a reason may contain anything.
 */
final class JunitXmlReport {

	private static final String SUITE = "leeway-rules";

	private JunitXmlReport() {
	}

	static String of(RuleTestReport report) {
		return write(xml -> {
			startSuite(xml, report.results().size() + report.problems().size(), report.failedCount(),
					report.problems().size());
			for (RuleTestReport.Result result : report.results()) {
				xml.writeStartElement("testcase");
				xml.writeAttribute("classname", legal(result.file()));
				xml.writeAttribute("name", legal(result.name()));
				xml.writeAttribute("time", Double.toString(result.micros() / 1_000_000.0));
				if (!result.passed()) {
					xml.writeStartElement("failure");
					xml.writeAttribute("message", legal(String.join("; ", result.failures())));
					xml.writeCharacters(legal("line " + result.line() + "\nexpected: " + result.expected()
							+ "\nactual:   " + result.actual()));
					xml.writeEndElement();
				}
				xml.writeEndElement();
			}
			for (String problem : report.problems()) {
				error(xml, "tests", problem, problem);
			}
		});
	}

	/** The report when the rules do not compile, so no test could run. */
	static String compileFailure(int errors) {
		return write(xml -> {
			startSuite(xml, 1, 0, 1);
			error(xml, "compile", "rules compile",
					"The rules do not compile (" + errors + (errors == 1 ? " error" : " errors") + ")");
		});
	}

	private static void startSuite(XMLStreamWriter xml, int tests, long failures, int errors)
			throws XMLStreamException {
		xml.writeStartElement("testsuite");
		xml.writeAttribute("name", SUITE);
		xml.writeAttribute("tests", Integer.toString(tests));
		xml.writeAttribute("failures", Long.toString(failures));
		xml.writeAttribute("errors", Integer.toString(errors));
	}

	private static void error(XMLStreamWriter xml, String classname, String name, String message)
			throws XMLStreamException {
		xml.writeStartElement("testcase");
		xml.writeAttribute("classname", legal(classname));
		xml.writeAttribute("name", legal(name));
		xml.writeEmptyElement("error");
		xml.writeAttribute("message", legal(message));
		xml.writeEndElement();
	}

	private interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

	private static String write(Body body) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			body.write(xml);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the rule test report", ex);
		}
		return out.append('\n').toString();
	}

	/**
	 * The text with every character XML 1.0 cannot hold (control characters other than tab, line feed and
	 * carriage return, unpaired surrogates, U+FFFE and U+FFFF) replaced by U+FFFD.
	 */
	static String legal(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder legal = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				legal.append(c).append(text.charAt(++i));
			}
			else if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD) {
				legal.append(c);
			}
			else {
				legal.append('\uFFFD');
			}
		}
		return legal.toString();
	}

}
