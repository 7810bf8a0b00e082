import Foundation

extension OpenAPISchemas {
    /// The suggestions channel.
    static var suggestions: [String: Any] {
        let text: [String: Any] = ["type": "string"]
        let status: [String: Any] = [
            "type": "string",
            "enum": [
                "draft", "cosigning", "submitted", "accepted", "declined", "merged", "routed",
                "answer_submitted", "answered", "closed",
            ],
        ]
        let category: [String: Any] = [
            "type": "string",
            "enum": [
                "economy", "livelihood", "environment", "culture", "governance",
                "united_front", "other",
            ],
        ]
        let rating: [String: Any] = [
            "type": ["string", "null"],
            "description": "satisfied, basically_satisfied or dissatisfied; null until rated",
        ]
        return [
            "Suggestion": object(
                [
                    "id": uuid, "number": text, "title": text, "body": text, "category": category,
                    "categoryLabel": text,
                    "status": status, "statusLabel": text, "authorId": uuid, "unitId": uuid,
                    "isKey": ["type": "boolean"],
                    "declineReason": text, "mergedIntoId": nullableUUID,
                    "answerDue": ["type": ["string", "null"], "format": "date"],
                    "round": ["type": "integer"], "answer": text,
                    "answerClass": ["type": ["string", "null"], "description": "A, B or C; null until answered"],
                    "reviewComment": text, "adopted": ["type": "boolean"], "publishConsent": ["type": "boolean"],
                    "publishedAt": dateTime, "submittedAt": dateTime, "closedAt": dateTime,
                    "instructions": [
                        "type": "array",
                        "items": object(
                            ["authorName": text, "text": text, "at": dateTime],
                            required: ["text"]),
                    ],
                    "meetings": [
                        "type": "array", "items": object(["id": uuid, "name": text, "day": text], required: ["id"]),
                    ],
                    "attachments": [
                        "type": "array",
                        "items": object(
                            ["id": uuid, "filename": text, "size": ["type": "integer"]],
                            required: ["id", "filename"]),
                    ],
                    "signers": [
                        "type": "array",
                        "items": object(
                            [
                                "userId": uuid, "name": text, "isAuthor": ["type": "boolean"],
                                "state": ["type": "string", "enum": ["invited", "confirmed", "dropped"]],
                                "respondBy": ["type": ["string", "null"]], "rating": rating,
                                "ratingComment": text, "firstRating": rating,
                                "firstRatingComment": ["type": ["string", "null"]],
                            ],
                            required: ["userId", "state"]),
                    ],
                    "handlers": [
                        "type": "array",
                        "items": object(
                            [
                                "unitId": uuid, "unitName": text, "isLead": ["type": "boolean"],
                                "part": text, "countersignedAt": dateTime,
                            ], required: ["unitId", "isLead"]),
                    ],
                ],
                required: ["id", "title", "status", "round"]),
            "SuggestionList": list("Suggestion"),
            "SimilarQuery": object(
                [
                    "title": ["type": "string", "maxLength": 100], "body": ["type": "string", "maxLength": 5000],
                    "exceptId": uuid,
                ], required: []),
            "SimilarSuggestionList": [
                "type": "array",
                "items": object(
                    [
                        "id": uuid, "number": text, "title": text, "status": status,
                        "statusLabel": text, "score": ["type": "number"], "url": text,
                    ],
                    required: ["id", "title", "score", "url"]),
            ],
            "PublicSuggestion": object(
                [
                    "id": uuid, "number": text, "title": text, "body": text, "category": category,
                    "categoryLabel": text,
                    "unitName": text, "leadUnitName": ["type": ["string", "null"]], "answer": text,
                    "answerClass": ["type": ["string", "null"]], "adopted": ["type": "boolean"],
                    "publishedAt": dateTime,
                ],
                required: ["id", "title", "answer"]),
            "PublicSuggestionList": list("PublicSuggestion"),
            "MeetingTopic": object(["suggestionId": uuid], required: ["suggestionId"]),
            "SuggestionFigures": object(
                [
                    "year": ["type": "integer"],
                    "rows": [
                        "type": "array",
                        "items": object(
                            [
                                "unitId": uuid, "unitName": text, "routed": ["type": "integer"],
                                "answered": ["type": "integer"], "onTime": ["type": "integer"],
                                "classA": ["type": "integer"], "classB": ["type": "integer"],
                                "classC": ["type": "integer"], "satisfied": ["type": "integer"],
                                "basicallySatisfied": ["type": "integer"],
                                "dissatisfied": ["type": "integer"],
                                "onTimeRate": ["type": ["number", "null"]],
                                "satisfactionRate": ["type": ["number", "null"]],
                            ],
                            required: ["unitId", "routed", "answered"]),
                    ],
                ],
                required: ["year", "rows"]),
            "SuggestionBody": object(
                [
                    "title": ["type": "string", "maxLength": 100], "body": ["type": "string", "maxLength": 5000],
                    "category": category, "publishConsent": ["type": "boolean"], "authorId": uuid,
                    "attachments": [
                        "type": "array", "maxItems": 5,
                        "items": object(
                            ["filename": text, "contentBase64": text], required: ["filename", "contentBase64"]),
                    ],
                ],
                required: ["title", "body", "category"]),
            "SuggestionMove": object(
                [
                    "cosignerIds": ["type": "array", "items": uuid, "maxItems": 20], "confirm": ["type": "boolean"],
                    "isKey": ["type": "boolean"], "reason": text, "intoId": uuid, "leadUnitId": uuid,
                    "coUnitIds": ["type": "array", "items": uuid], "answerDue": ["type": "string", "format": "date"],
                    "part": text, "text": text, "answerClass": ["type": "string", "enum": ["A", "B", "C"]],
                    "send": ["type": "boolean"], "comment": text, "adopted": ["type": "boolean"],
                    "publish": ["type": "boolean"], "consent": ["type": "boolean"],
                    "rating": ["type": "string", "enum": ["satisfied", "basically_satisfied", "dissatisfied"]],
                ],
                required: []),
        ]
    }
}
