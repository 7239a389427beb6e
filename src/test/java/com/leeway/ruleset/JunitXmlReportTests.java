package com.leeway.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The JUnit report of the rule tests stays well-formed XML whatever IT staff write into test names, files and
 * reasons: markup characters, quotes and control characters are read back by an XML parser.
 */
class JunitXmlReportTests {

	static final String AWKWARD_NAME = "Deny <script> & \"quoted\" 'names' \u0001 bell\u0007 escape\u001b end";

	static Document parse(String xml) throws Exception {
		return DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	static Element testcase(Document document, int index) {
		NodeList testcases = document.getElementsByTagName("testcase");
		return (Element) testcases.item(index);
	}

	@Test
	void namesWithMarkupQuotesAndControlCharactersGiveWellFormedXml() throws Exception {
		RuleTestReport report = new RuleTestReport(List.of(
				new RuleTestReport.Result("tests/a&b<c>.yaml", 3, AWKWARD_NAME, true, List.of(), "", "", null, 1200),
				new RuleTestReport.Result("tests/a.yaml", 9, "Fails \u0000 here", false,
						List.of("expected outcome DENY but the rules gave APPROVE & more <stuff>"),
						"outcome \"DENY\"", "outcome APPROVE, reasons: a < b\u000b", null, 10)),
				List.of("tests/broken.yaml:1 is not valid YAML: found character '\\t' & \u0002 <"));

		Document document = parse(RuleTestRunner.junitXml(report));

		Element suite = document.getDocumentElement();
		assertThat(suite.getAttribute("name")).isEqualTo("leeway-rules");
		assertThat(suite.getAttribute("tests")).isEqualTo("3");
		assertThat(suite.getAttribute("failures")).isEqualTo("1");
		assertThat(suite.getAttribute("errors")).isEqualTo("1");
		assertThat(testcase(document, 0).getAttribute("classname")).isEqualTo("tests/a&b<c>.yaml");
		assertThat(testcase(document, 0).getAttribute("name"))
			.isEqualTo("Deny <script> & \"quoted\" 'names' \uFFFD bell\uFFFD escape\uFFFD end");
		Element failure = (Element) testcase(document, 1).getElementsByTagName("failure").item(0);
		assertThat(testcase(document, 1).getAttribute("name")).isEqualTo("Fails \uFFFD here");
		assertThat(failure.getAttribute("message"))
			.isEqualTo("expected outcome DENY but the rules gave APPROVE & more <stuff>");
		assertThat(failure.getTextContent()).isEqualTo(
				"line 9\nexpected: outcome \"DENY\"\nactual:   outcome APPROVE, reasons: a < b\uFFFD");
		Element error = (Element) testcase(document, 2).getElementsByTagName("error").item(0);
		assertThat(error.getAttribute("message"))
			.isEqualTo("tests/broken.yaml:1 is not valid YAML: found character '\\t' & \uFFFD <");
	}

	@Test
	void aRuleSetThatDoesNotCompileGetsAReportWithOneError() throws Exception {
		Document document = parse(JunitXmlReport.compileFailure(2));

		assertThat(document.getDocumentElement().getAttribute("errors")).isEqualTo("1");
		Element error = (Element) testcase(document, 0).getElementsByTagName("error").item(0);
		assertThat(error.getAttribute("message")).isEqualTo("The rules do not compile (2 errors)");
	}

	@Test
	void keepsCharactersOutsideTheBasicPlaneAndReplacesUnpairedSurrogates() {
		assertThat(JunitXmlReport.legal("Emoji \uD83D\uDE00 ok, lone \uD83D here")).isEqualTo("Emoji \uD83D\uDE00 ok, lone \uFFFD here");
	}

}
