package org.opencall.calls;

import java.util.UUID;

/**
 * A challenge built from needs was taken out of a call being prepared; the needs module
 * hears it and frees the challenge for another call.
 */
public record CallChallengeDetached(String reference, UUID challengeId) {
}
