import Foundation

@testable import App
@testable import Domain

extension SuggestionLine {
    static let mock = SuggestionLine(
        id: Mock.id(101), number: "建言〔2026〕1号", title: "关于优化营商环境的建议", category: .economy,
        status: .routed, senderName: "民建示范市委会", leadUnitName: "市发展改革委", answerDue: "2026-04-30",
        submittedAt: Mock.now, answerClass: nil, answeredOnTime: nil, publishedAt: nil)
    static let published = SuggestionLine(
        id: Mock.id(103), number: "建言〔2026〕3号", title: "关于加强社区养老服务的建议",
        category: .livelihood, status: .closed, senderName: "民盟示范市委会", leadUnitName: "市民政局",
        answerDue: "2026-02-28", submittedAt: Mock.now, answerClass: .a, answeredOnTime: true,
        publishedAt: Mock.now)
}

extension SuggestionViews.ShowModel {
    /// The office's view of a suggestion waiting to be routed, with one like it.
    static let office = Self(
        suggestion: .init(
            id: Mock.id(101), number: "建言〔2026〕1号", title: "关于优化营商环境的建议", body: "建议简化审批流程。\n建议设立企业服务专员。",
            category: .economy, status: .accepted, isKey: true, adopted: false, answerDue: nil, isPublished: false,
            publishConsent: true, round: 1, declineReason: "", reviewComment: "", answer: "", answerClass: nil),
        unitName: "民建示范市委会",
        signers: [
            SuggestionDetail.Signer(
                userID: Mock.id(131), name: "成员甲", isAuthor: true, state: .confirmed, respondBy: nil,
                rating: nil, ratingComment: "", ratedRound: 0, firstRating: nil, firstRatingComment: nil)
        ],
        handlers: [], instructions: [SuggestionDetail.Instruction(authorName: "领导甲", text: "请认真研究", at: Mock.now)],
        attachments: [AttachmentInfo(id: Mock.id(132), filename: "调研报告.pdf", size: 98_304)],
        meetings: [(Mock.id(61), "2026-02-20", "第一季度协商座谈会")],
        similar: [SimilarSuggestion(line: .published, score: 0.42, publicOnly: false)], units: Mock.tree, members: [],
        access: SuggestionAccess(isSigner: false, isAuthor: false, handlesIt: false, leadsIt: false, enteredIt: false),
        viewerSignerState: nil, canReview: true, canInstruct: false, canReadAll: true, canReadMeetings: true)

    /// The lead unit's view once routed, one co-handling unit yet to countersign.
    static let leadUnit: Self = {
        var model = office
        model.suggestion.status = .routed
        model.suggestion.answerDue = "2026-04-30"
        model.handlers = [
            SuggestionDetail.Handler(
                unitID: Mock.mzj.id, unitName: "市发展改革委", isLead: true, part: "", countersignedAt: nil),
            SuggestionDetail.Handler(
                unitID: Mock.tzb.id, unitName: "市财政局", isLead: false, part: "", countersignedAt: nil),
        ]
        model.access = SuggestionAccess(
            isSigner: false, isAuthor: false, handlesIt: true, leadsIt: true, enteredIt: false)
        (model.similar, model.units, model.canReview, model.canReadAll) = ([], [], false, false)
        return model
    }()

    /// The author asked to rate the answer.
    static let author: Self = {
        var model = office
        model.suggestion.status = .answered
        (model.suggestion.answer, model.suggestion.answerClass) = ("已将建议纳入年度优化营商环境方案。", .a)
        model.access = SuggestionAccess(
            isSigner: true, isAuthor: true, handlesIt: false, leadsIt: false, enteredIt: false)
        (model.viewerSignerState, model.instructions, model.similar, model.units) = (.confirmed, [], [], [])
        (model.canReview, model.canReadAll, model.canReadMeetings) = (false, false, false)
        return model
    }()
}

extension SuggestionFigures {
    static let mock = SuggestionFigures(
        year: 2026,
        rows: [
            SuggestionFigures.Row(
                unitID: Mock.mzj.id, unitName: "市发展改革委", routed: 5, answered: 4, onTime: 3, classA: 2, classB: 1,
                classC: 1, satisfied: 3, basicallySatisfied: 1, dissatisfied: 0)
        ])
}

extension PublicSuggestionDTO {
    static let mock = PublicSuggestionDTO(
        id: Mock.id(103), number: "建言〔2026〕3号", title: "关于加强社区养老服务的建议",
        body: "建议增加社区养老服务站点。", category: .livelihood, categoryLabel: "社会民生",
        unitName: "民盟示范市委会", leadUnitName: "市民政局", answer: "已列入2026年民生实事。",
        answerClass: .a, adopted: true, publishedAt: Mock.now)
}
