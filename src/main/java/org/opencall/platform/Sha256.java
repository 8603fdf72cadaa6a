package org.opencall.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as lower-case hex: the fingerprint of documents and submitted content.
 */
public final class Sha256 {

	private Sha256() {
	}

	public static String hex(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	public static String hex(String text) {
		return hex(text.getBytes(StandardCharsets.UTF_8));
	}

}
