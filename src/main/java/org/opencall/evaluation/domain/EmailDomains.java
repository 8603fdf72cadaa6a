package org.opencall.evaluation.domain;

import java.util.Locale;
import java.util.Set;

/**
 * E-mail domains as a sign of a shared employer: a domain and its subdomains belong to
 * one organisation ("med.uni-lisboa.pt" and "uni-lisboa.pt"); public webmail domains
 * belong to nobody, so sharing one says nothing.
 */
final class EmailDomains {

	private static final Set<String> WEBMAIL = Set.of("gmail.com", "googlemail.com", "outlook.com", "hotmail.com",
			"hotmail.co.uk", "hotmail.fr", "hotmail.de", "hotmail.es", "hotmail.it", "live.com", "msn.com", "yahoo.com",
			"yahoo.co.uk", "yahoo.fr", "yahoo.de", "yahoo.es", "ymail.com", "icloud.com", "me.com", "mac.com",
			"aol.com", "gmx.de", "gmx.net", "gmx.at", "gmx.com", "web.de", "t-online.de", "proton.me", "protonmail.com",
			"pm.me", "mail.com", "zoho.com", "yandex.com", "yandex.ru", "mail.ru", "sapo.pt", "orange.fr", "free.fr",
			"laposte.net", "libero.it", "virgilio.it", "wp.pl", "o2.pl", "seznam.cz", "telia.com", "tutanota.com",
			"fastmail.com", "qq.com", "163.com");

	private EmailDomains() {
	}

	/** The domain in its compared form, empty for none or a public webmail domain. */
	static String organisational(String domain) {
		if (domain == null) {
			return "";
		}
		String plain = domain.trim().toLowerCase(Locale.ROOT);
		int at = plain.lastIndexOf('@');
		if (at >= 0) {
			plain = plain.substring(at + 1);
		}
		while (plain.endsWith(".")) {
			plain = plain.substring(0, plain.length() - 1);
		}
		if (!plain.contains(".") || WEBMAIL.contains(plain)) {
			return "";
		}
		return plain;
	}

	/**
	 * Whether two compared domains are one organisation's: equal or one under the other.
	 */
	static boolean shared(String one, String other) {
		if (one.isEmpty() || other.isEmpty()) {
			return false;
		}
		return one.equals(other) || one.endsWith("." + other) || other.endsWith("." + one);
	}

}
