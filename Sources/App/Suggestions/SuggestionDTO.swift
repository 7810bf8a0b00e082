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
    }

    struct Handler: Content {
        let unitId: UUID
        let unitName: String
        let isLead: Bool
        let part: String
        let countersignedAt: Date?
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
    let submittedAt: Date?
    let closedAt: Date?
    /// Only on a single suggestion.
    var signers: [Signer]? = nil
    var handlers: [Handler]? = nil

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
        submittedAt = suggestion.submittedAt
        closedAt = suggestion.closedAt
    }

    init(_ detail: SuggestionDetail) {
        self.init(detail.suggestion)
        signers = detail.signers.map {
            Signer(userId: $0.userID, name: $0.name, isAuthor: $0.isAuthor, state: $0.state.rawValue, respondBy: $0.respondBy,
                   rating: $0.rating, ratingComment: $0.ratingComment)
        }
        handlers = detail.handlers.map {
            Handler(unitId: $0.unitID, unitName: $0.unitName, isLead: $0.isLead, part: $0.part, countersignedAt: $0.countersignedAt)
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
}

extension Satisfaction: Content {}
extension AnswerClass: Content {}
extension SuggestionCategory: Content {}
extension SuggestionStatus: Content {}

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
            Row(unitId: $0.unitID, unitName: $0.unitName, routed: $0.routed, answered: $0.answered, onTime: $0.onTime, classA: $0.classA,
                classB: $0.classB, classC: $0.classC, satisfied: $0.satisfied, basicallySatisfied: $0.basicallySatisfied,
                dissatisfied: $0.dissatisfied, onTimeRate: $0.onTimeRate, satisfactionRate: $0.satisfactionRate)
        }
    }
}
