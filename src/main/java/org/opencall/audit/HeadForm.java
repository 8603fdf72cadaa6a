package org.opencall.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

/**
 * An exported chain head to compare with the chain, as sent (query parameters of the API
 * or the verification page's form); {@link #checked} refuses every wrong field at once.
 */
public class HeadForm {

	private static final Pattern HEX_64 = Pattern.compile("[0-9a-fA-F]{64}");

	private String position;

	private String linkHash;

	private String signature;

	HeadForm() {
	}

	HeadForm(String position, String linkHash, String signature) {
		this.position = position;
		this.linkHash = linkHash;
		this.signature = signature;
	}

	/** Whether anything was sent: the page shows an empty form otherwise. */
	boolean isSent() {
		return this.position != null || this.linkHash != null || this.signature != null;
	}

	/** The head as the chain compares it: a position of 0 or more, two hashes in hex. */
	Checked checked() {
		List<FieldViolation> violations = new ArrayList<>();
		long at = -1;
		if (this.position == null || this.position.isBlank()) {
			violations.add(new FieldViolation("position", "is required: the position of the exported head"));
		}
		else {
			try {
				at = Long.parseLong(this.position.strip());
				if (at < 0) {
					violations.add(new FieldViolation("position", "must be 0 or more"));
				}
			}
			catch (NumberFormatException ex) {
				violations.add(new FieldViolation("position", "must be a whole number, such as 42"));
			}
		}
		hex(violations, "linkHash", this.linkHash, "the link hash of the exported head");
		hex(violations, "signature", this.signature, "the signature of the exported head");
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new Checked(at, this.linkHash.strip().toLowerCase(Locale.ROOT),
				this.signature.strip().toLowerCase(Locale.ROOT));
	}

	private static void hex(List<FieldViolation> violations, String field, String value, String what) {
		if (value == null || value.isBlank()) {
			violations.add(new FieldViolation(field, "is required: " + what));
		}
		else if (!HEX_64.matcher(value.strip()).matches()) {
			violations.add(new FieldViolation(field, "must be 64 hexadecimal digits, as exported"));
		}
	}

	public String getPosition() {
		return this.position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public String getLinkHash() {
		return this.linkHash;
	}

	public void setLinkHash(String linkHash) {
		this.linkHash = linkHash;
	}

	public String getSignature() {
		return this.signature;
	}

	public void setSignature(String signature) {
		this.signature = signature;
	}

	/** A head whose fields are well formed. */
	record Checked(long position, String linkHash, String signature) {
	}

}
