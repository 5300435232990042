package jp.tsunagu.support.cases;

/**
 * The JSON body of a transfer: {@code toKind} ({@code support-organisation}, {@code affected-municipality},
 * {@code host-municipality}), {@code organisationId} or {@code municipalityCode}, and the {@code reason} (required).
 */
public record TransferRequest(String toKind, String organisationId, String municipalityCode, String reason) {
}
