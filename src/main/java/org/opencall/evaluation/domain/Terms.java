package org.opencall.evaluation.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How words are compared when matching expertise and detecting conflicts: case and
 * accents do not count, punctuation separates words, a dot after a single letter joins
 * initials ("S.A." is "sa"), and a simple plural is the singular ("sensors" is "sensor",
 * "therapies" is "therapy"; "analysis" and "status" stay). A term of several words
 * matches the same words in a text in a row.
 */
final class Terms {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern INITIAL_DOT = Pattern.compile("(?<=\\b\\p{L})\\.");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** Legal forms that say nothing about who an organisation is. */
	private static final Set<String> LEGAL_FORMS = Set.of("lda", "ab", "gmbh", "ltd", "limited", "sa", "sas", "sarl",
			"srl", "sl", "slu", "spa", "inc", "llc", "llp", "plc", "bv", "nv", "oy", "oyj", "as", "asa", "aps", "ag",
			"kg", "co", "corp", "corporation", "company", "sro", "spzoo", "zoo", "eg", "ev", "ug", "ek", "cv", "sprl",
			"bvba", "kft", "doo", "ooo", "pty", "unipessoal", "ggmbh", "se");

	private Terms() {
	}

	/** The words of a text, compared as described above; empty for none. */
	static List<String> words(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		plain = INITIAL_DOT.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
		String[] parts = SEPARATORS.matcher(plain).replaceAll(" ").trim().split(" ");
		List<String> words = new ArrayList<>(parts.length);
		for (String part : parts) {
			if (!part.isEmpty()) {
				words.add(singular(part));
			}
		}
		return words;
	}

	/** One term (a keyword, a topic) in its compared form; empty for none. */
	static String term(String text) {
		return String.join(" ", words(text));
	}

	/** Terms of a collection in their compared form, without empty ones. */
	static Set<String> terms(Collection<String> texts) {
		Set<String> terms = new LinkedHashSet<>();
		if (texts != null) {
			for (String text : texts) {
				String term = term(text);
				if (!term.isEmpty()) {
					terms.add(term);
				}
			}
		}
		return terms;
	}

	/**
	 * An organisation's or a person's name in its compared form, legal forms at the end
	 * and a leading "the" dropped: "MedSense, Lda." and "medsense" are the same name.
	 */
	static String name(String text) {
		List<String> words = new ArrayList<>(words(text));
		while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
			words.remove(words.size() - 1);
		}
		if (words.size() > 1 && words.get(0).equals("the")) {
			words.remove(0);
		}
		String name = String.join(" ", words);
		return (name.length() < 2) ? "" : name;
	}

	/** Every run of one to {@code longest} words of a text, joined by single spaces. */
	static Set<String> phrases(String text, int longest) {
		List<String> words = words(text);
		Set<String> phrases = new LinkedHashSet<>();
		for (int start = 0; start < words.size(); start++) {
			StringBuilder phrase = new StringBuilder();
			for (int end = start; end < Math.min(words.size(), start + longest); end++) {
				if (end > start) {
					phrase.append(' ');
				}
				phrase.append(words.get(end));
				phrases.add(phrase.toString());
			}
		}
		return phrases;
	}

	/** How many words a compared term has. */
	static int length(String term) {
		return term.isEmpty() ? 0 : (int) Arrays.stream(term.split(" ")).count();
	}

	static String singular(String word) {
		if (word.length() > 4 && word.endsWith("ies")) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (word.endsWith("sses")) {
			return word.substring(0, word.length() - 2);
		}
		if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
				&& !word.endsWith("is")) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

}
