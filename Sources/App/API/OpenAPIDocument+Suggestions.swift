extension OpenAPIDocument {
    /// The suggestions channel (建言直通车).
    static var suggestionOperations: [Operation] {
        let moves: [(move: String, summary: String)] = [
            ("submit", "Submit a draft, with `cosignerIds` (members asked to co-sign within 3 days) (its author)"),
            ("cosign", "Confirm (`confirm` true) or decline co-signing (an invited member)"),
            ("accept", "Accept (受理) a submitted suggestion; `isKey` marks it 重点建言 (admin)"),
            ("decline", "Decline (不予受理) with a `reason` (admin)"),
            ("merge", "Merge (并案) into `intoId` (admin)"),
            ("route", "Route (交办) to `leadUnitId` and `coUnitIds`, answer due `answerDue` (admin)"),
            ("return", "Send a misrouted suggestion back with a `reason` (the lead unit's liaison)"),
            ("countersign", "Countersign (会签) with the unit's `part` (a co-handling unit's liaison)"),
            (
                "answer",
                "Submit the answer `text`, `answerClass` A, B or C, once every co-handling unit countersigned (the lead unit's liaison)"
            ),
            ("review", "Send the answer to the senders (`send` true) or back to the unit with a `comment` (admin)"),
            (
                "rate",
                "Rate the answer: `rating` satisfied, basically_satisfied or dissatisfied, with a `comment` (required when dissatisfied); dissatisfied reopens once (a signer)"
            ),
            ("instruct", "Write an instruction (批示) `text` on a submitted suggestion (leader)"),
            ("adopt", "Mark an accepted suggestion adopted (采纳), or not with `adopted` false (leader)"),
            (
                "publish",
                "Publish an answered suggestion on the public page (`publish` true) or withdraw it; needs the author's consent (admin)"
            ),
            (
                "consent",
                "Give (`consent` true) or withdraw consent to publication; withdrawing unpublishes (its author)"
            ),
        ]
        return [
            Operation(
                method: "get", path: "/api/v1/suggestions",
                summary:
                    "Suggestions the caller may see: a member's own and co-signed, a unit's routed, every submitted one for the office and leaders",
                tag: "suggestions",
                query: [
                    ("status", "string", "Status"), ("category", "string", "Category"),
                    ("unitId", "string", "Routed to this unit (lead or co-handling)"),
                    ("overdue", "boolean", "Only those being handled past their answer due day"),
                    ("uninstructed", "boolean", "Only key suggestions still open without a leader's instruction"),
                    (
                        "mine", "boolean",
                        "Only those waiting for the caller's own move: a member's co-signature or rating, a unit's answer or countersignature"
                    ),
                    (
                        "sort", "string",
                        "`submitted` (default, latest first) or `due` (earliest due first, unrouted last)"
                    ),
                    ("dir", "string", "`asc` or `desc`, turning the order round"),
                    ("page", "integer", "Page number from 1"),
                    ("per", "integer", "Items per page, at most 200"),
                ],
                response: "SuggestionList"),
            Operation(
                method: "post", path: "/api/v1/suggestions",
                summary: "Save a draft (a member; the office names the member in `authorId`)", tag: "suggestions",
                request: "SuggestionBody", response: "Suggestion", status: "201"),
            Operation(
                method: "get", path: "/api/v1/suggestions/figures",
                summary:
                    "Each lead unit's figures for the suggestions submitted in `year`: routed, answered, on time, A/B/C, ratings (admin, leader)",
                tag: "suggestions", query: [("year", "integer", "Year, default this one")],
                response: "SuggestionFigures"),
            Operation(
                method: "post", path: "/api/v1/suggestions/similar",
                summary:
                    "The duplicate check: up to 5 earlier suggestions the caller may see that cover most of the `title` and `body` being written, best first",
                tag: "suggestions", request: "SimilarQuery", response: "SimilarSuggestionList"),
            Operation(
                method: "get", path: "/api/v1/suggestions/{id}",
                summary:
                    "One suggestion with its signers, handling units, leaders' instructions and the meetings it is a topic of",
                tag: "suggestions", response: "Suggestion"),
            Operation(
                method: "put", path: "/api/v1/suggestions/{id}",
                summary: "Change a draft; `attachments` are added to its files (its author)",
                tag: "suggestions", request: "SuggestionBody", response: "Suggestion"),
            .download(
                "/api/v1/suggestion-files/{id}", "A suggestion's file, as a download (whoever sees the suggestion)",
                tag: "suggestions"),
            .removal("/api/v1/suggestion-files/{id}", "Remove a file from a draft (its author)", tag: "suggestions"),
            Operation(
                method: "post", path: "/api/v1/meetings/{id}/topics",
                summary: "Choose the suggestion `suggestionId` as a topic of the meeting (admin)",
                tag: "suggestions", request: "MeetingTopic", response: "Meeting"),
            Operation(
                method: "post", path: "/api/v1/meetings/{id}/topics/remove",
                summary: "Take the suggestion `suggestionId` off the meeting's topics (admin)",
                tag: "suggestions", request: "MeetingTopic", response: "Meeting"),
            Operation(
                method: "get", path: "/api/v1/public/suggestions",
                summary: "Published suggestions with their answers; no token needed",
                tag: "public",
                query: [("page", "integer", "Page number from 1"), ("per", "integer", "Items per page, at most 50")],
                response: "PublicSuggestionList", isPublic: true),
            Operation(
                method: "get", path: "/api/v1/public/suggestions/{id}",
                summary: "One published suggestion with its answer; no token needed",
                tag: "public", response: "PublicSuggestion", isPublic: true),
        ]
            + moves.map { move in
                Operation(
                    method: "post", path: "/api/v1/suggestions/{id}/\(move.move)", summary: move.summary,
                    tag: "suggestions",
                    request: "SuggestionMove", response: "Suggestion")
            }
    }
}
