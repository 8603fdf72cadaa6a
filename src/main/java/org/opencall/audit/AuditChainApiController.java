package org.opencall.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.opencall.audit.ChainHead.HeadChecked;
import org.opencall.audit.ChainHead.SignedHead;
import org.opencall.audit.ChainVerification.ChainVerified;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit chain for auditors and programme officers: its verification, its signed head
 * to export, and the comparison of an exported head with the chain. All three only read
 * (the comparison is a GET, as auditors change nothing and send no POST).
 */
@RestController
@RequestMapping("/api/audit")
class AuditChainApiController {

	private static final Pattern HEX_64 = Pattern.compile("[0-9a-fA-F]{64}");

	private final ChainVerification verification;

	private final ChainHead head;

	AuditChainApiController(ChainVerification verification, ChainHead head) {
		this.verification = verification;
		this.head = head;
	}

	@GetMapping("/verification")
	ChainVerified verification() {
		return this.verification.verify();
	}

	@GetMapping("/head")
	SignedHead head() {
		return this.head.current();
	}

	@GetMapping("/head/check")
	HeadChecked check(@RequestParam(required = false) String position, @RequestParam(required = false) String linkHash,
			@RequestParam(required = false) String signature) {
		List<FieldViolation> violations = new ArrayList<>();
		Long at = null;
		if (position == null || position.isBlank()) {
			violations.add(new FieldViolation("position", "is required: the position of the exported head"));
		}
		else {
			try {
				at = Long.parseLong(position.strip());
				if (at < 0) {
					violations.add(new FieldViolation("position", "must be 0 or more"));
				}
			}
			catch (NumberFormatException ex) {
				violations.add(new FieldViolation("position", "must be a whole number, such as 42"));
			}
		}
		hex(violations, "linkHash", linkHash, "the link hash of the exported head");
		hex(violations, "signature", signature, "the signature of the exported head");
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return this.head.check(at, linkHash.strip().toLowerCase(Locale.ROOT),
				signature.strip().toLowerCase(Locale.ROOT));
	}

	private static void hex(List<FieldViolation> violations, String field, String value, String what) {
		if (value == null || value.isBlank()) {
			violations.add(new FieldViolation(field, "is required: " + what));
		}
		else if (!HEX_64.matcher(value.strip()).matches()) {
			violations.add(new FieldViolation(field, "must be 64 hexadecimal digits, as exported"));
		}
	}

}
