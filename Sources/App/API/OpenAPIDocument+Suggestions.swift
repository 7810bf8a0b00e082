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
            ("answer", "Submit the answer `text`, `answerClass` A, B or C, once every co-handling unit countersigned (the lead unit's liaison)"),
            ("review", "Send the answer to the senders (`send` true) or back to the unit with a `comment` (admin)"),
            ("rate", "Rate the answer: `rating` satisfied, basically_satisfied or dissatisfied, with a `comment` (required when dissatisfied); dissatisfied reopens once (a signer)"),
        ]
        return [
            Operation(method: "get", path: "/api/v1/suggestions",
                      summary: "Suggestions the caller may see: a member's own and co-signed, a unit's routed, every submitted one for the office and leaders",
                      tag: "suggestions", query: [("status", "string", "Status"), ("overdue", "boolean", "Only those being handled past their answer due day"),
                                                  ("page", "integer", "Page number from 1"),
                                                  ("per", "integer", "Items per page, at most 200")],
                      response: "SuggestionList"),
            Operation(method: "post", path: "/api/v1/suggestions",
                      summary: "Save a draft (a member; the office names the member in `authorId`)", tag: "suggestions",
                      request: "SuggestionBody", response: "Suggestion", status: "201"),
            Operation(method: "get", path: "/api/v1/suggestions/figures",
                      summary: "Each lead unit's figures for the suggestions submitted in `year`: routed, answered, on time, A/B/C, ratings (admin, leader)",
                      tag: "suggestions", query: [("year", "integer", "Year, default this one")], response: "SuggestionFigures"),
            Operation(method: "get", path: "/api/v1/suggestions/{id}", summary: "One suggestion with its signers and handling units",
                      tag: "suggestions", response: "Suggestion"),
            Operation(method: "put", path: "/api/v1/suggestions/{id}", summary: "Change a draft (its author)", tag: "suggestions",
                      request: "SuggestionBody", response: "Suggestion"),
        ] + moves.map { move in
            Operation(method: "post", path: "/api/v1/suggestions/{id}/\(move.move)", summary: move.summary, tag: "suggestions",
                      request: "SuggestionMove", response: "Suggestion")
        }
    }
}
