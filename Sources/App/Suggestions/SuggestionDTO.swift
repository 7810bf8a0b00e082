import Domain
import Vapor

/// A suggestion in the API.
struct SuggestionDTO: Content {
    struct Signer: Content {
        let userId: UUID
        let name: String
        let isAuthor: Bool
        let state: String
        let respondBy: String?
        let rating: Satisfaction?
        let ratingComment: String
        /// The rating of the first answer, when 不满意 reopened the suggestion.
        let firstRating: Satisfaction?
        let firstRatingComment: String?
    }

    struct Handler: Content {
        let unitId: UUID
        let unitName: String
        let isLead: Bool
        let part: String
        let countersignedAt: Date?
    }

    struct Instruction: Content {
        let authorName: String
        let text: String
        let at: Date?
    }

    struct MeetingRef: Content {
        let id: UUID
        let name: String
        let day: String
    }

    let id: UUID
    let number: String
    let title: String
    let body: String
    let category: SuggestionCategory
    let categoryLabel: String
    let status: SuggestionStatus
    let statusLabel: String
    let authorId: UUID
    let unitId: UUID
    let isKey: Bool
    let declineReason: String
    let mergedIntoId: UUID?
    let answerDue: String?
    let round: Int
    let answer: String
    let answerClass: AnswerClass?
    let reviewComment: String
    let adopted: Bool
    let publishConsent: Bool
    let publishedAt: Date?
    let submittedAt: Date?
    let closedAt: Date?
    /// Only on a single suggestion.
    var signers: [Signer]? = nil
    var handlers: [Handler]? = nil
    var instructions: [Instruction]? = nil
    /// The meetings it is a topic of.
    var meetings: [MeetingRef]? = nil
    var attachments: [ReportDTO.AttachmentDTO]? = nil

    init(_ suggestion: Suggestion) {
        id = suggestion.id!
        number = suggestion.number
        title = suggestion.title
        body = suggestion.body
        category = suggestion.category
        categoryLabel = suggestion.category.label
        status = suggestion.status
        statusLabel = suggestion.status.label
        authorId = suggestion.$author.id
        unitId = suggestion.$unit.id
        isKey = suggestion.isKey
        declineReason = suggestion.declineReason
        mergedIntoId = suggestion.mergedIntoID
        answerDue = suggestion.answerDue
        round = suggestion.round
        answer = suggestion.answer
        answerClass = suggestion.answerClass
        reviewComment = suggestion.reviewComment
        adopted = suggestion.adopted
        publishConsent = suggestion.publishConsent
        publishedAt = suggestion.isPublished ? suggestion.publishedAt : nil
        submittedAt = suggestion.submittedAt
        closedAt = suggestion.closedAt
    }

    init(_ detail: SuggestionDetail) {
        self.init(detail.suggestion)
        signers = detail.signers.map {
            Signer(
                userId: $0.userID, name: $0.name, isAuthor: $0.isAuthor, state: $0.state.rawValue,
                respondBy: $0.respondBy,
                rating: $0.rating, ratingComment: $0.ratingComment, firstRating: $0.firstRating,
                firstRatingComment: $0.firstRatingComment)
        }
        handlers = detail.handlers.map {
            Handler(
                unitId: $0.unitID, unitName: $0.unitName, isLead: $0.isLead, part: $0.part,
                countersignedAt: $0.countersignedAt)
        }
        instructions = detail.instructions.map { Instruction(authorName: $0.authorName, text: $0.text, at: $0.at) }
        meetings = detail.meetings.map { MeetingRef(id: $0.id!, name: $0.name, day: $0.day) }
        attachments = detail.attachments.map {
            ReportDTO.AttachmentDTO(id: $0.id, filename: $0.filename, size: $0.size)
        }
    }
}

/// `POST /api/v1/suggestions` and `PUT …/{id}`: a draft; the office names the member it writes for.
struct SuggestionBody: Content {
    let title: String
    let body: String
    let category: String
    let publishConsent: Bool?
    let authorId: UUID?
    /// Files, base64 in JSON: at most 5 in all, each at most 5 MB.
    let attachments: [CreateReportBody.Attachment]?

    /// The files, or a field error naming one that is not base64.
    func uploads() throws -> [AttachmentUpload] {
        try (attachments ?? []).map { try $0.upload() }
    }

    var draft: SuggestionDraft {
        SuggestionDraft(title: title, body: body, category: category, publishConsent: publishConsent ?? false)
    }
}

/// The bodies of the moves, one type with every field any move reads.
struct SuggestionMoveBody: Content {
    var cosignerIds: [UUID]?
    var confirm: Bool?
    var isKey: Bool?
    var reason: String?
    var intoId: UUID?
    var leadUnitId: UUID?
    var coUnitIds: [UUID]?
    var answerDue: String?
    var part: String?
    var text: String?
    var answerClass: String?
    var send: Bool?
    var comment: String?
    var rating: String?
    var adopted: Bool?
    var publish: Bool?
    var consent: Bool?
}

extension Satisfaction: Content {}
extension AnswerClass: Content {}
extension SuggestionCategory: Content {}
extension SuggestionStatus: Content {}

/// `?year=` of the figures page and API; this year when absent.
struct YearQuery: Content {
    var year: Int?
}

/// `GET /api/v1/suggestions/figures`.
struct SuggestionFiguresDTO: Content {
    struct Row: Content {
        let unitId: UUID
        let unitName: String
        let routed: Int
        let answered: Int
        let onTime: Int
        let classA: Int
        let classB: Int
        let classC: Int
        let satisfied: Int
        let basicallySatisfied: Int
        let dissatisfied: Int
        let onTimeRate: Double?
        let satisfactionRate: Double?
    }

    let year: Int
    let rows: [Row]

    init(_ figures: SuggestionFigures) {
        year = figures.year
        rows = figures.rows.map {
            Row(
                unitId: $0.unitID, unitName: $0.unitName, routed: $0.routed, answered: $0.answered, onTime: $0.onTime,
                classA: $0.classA,
                classB: $0.classB, classC: $0.classC, satisfied: $0.satisfied,
                basicallySatisfied: $0.basicallySatisfied,
                dissatisfied: $0.dissatisfied, onTimeRate: $0.onTimeRate, satisfactionRate: $0.satisfactionRate)
        }
    }
}

/// `POST /api/v1/suggestions/similar`: the text being written.
struct SimilarQueryBody: Content {
    let title: String?
    let body: String?
    /// The draft being edited, which is not shown as similar to itself.
    let exceptId: UUID?
}

/// An earlier suggestion like the one being written.
struct SimilarSuggestionDTO: Content {
    let id: UUID
    let number: String
    let title: String
    let status: SuggestionStatus
    let statusLabel: String
    /// The share of the written text it covers, 0…1; only for the office and leaders (the
    /// weights behind it count suggestions others may not see).
    let score: Double?
    /// Where to read it: its own page, or the public page when that is all the caller may see.
    let url: String

    init(_ match: SuggestionIndex.Match, showScore: Bool) {
        let suggestion = match.suggestion
        id = suggestion.id!
        number = suggestion.number
        title = suggestion.title
        status = suggestion.status
        statusLabel = suggestion.status.label
        score = showScore ? (match.score * 100).rounded() / 100 : nil
        url = (match.publicOnly ? Path.publicSuggestion(suggestion.id) : Path.suggestion(suggestion.id)).string
    }
}

/// A published suggestion on the public page and in the public API: no names of people.
struct PublicSuggestionDTO: Content {
    let id: UUID
    let number: String
    let title: String
    let body: String
    let category: SuggestionCategory
    let categoryLabel: String
    /// The organisation that sent it.
    let unitName: String
    let leadUnitName: String?
    let answer: String
    let answerClass: AnswerClass?
    let adopted: Bool
    let publishedAt: Date?
}
