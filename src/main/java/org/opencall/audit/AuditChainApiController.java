package org.opencall.audit;

import org.opencall.audit.ChainHead.HeadChecked;
import org.opencall.audit.ChainHead.SignedHead;
import org.opencall.audit.ChainVerification.ChainVerified;

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
		HeadForm.Checked head = new HeadForm(position, linkHash, signature).checked();
		return this.head.check(head.position(), head.linkHash(), head.signature());
	}

}
