import Domain

@testable import App

extension UnitIndexView.Model {
    static let mock = Self(tree: Mock.tree, canManage: true)
}

extension UnitShowView.Model {
    static let mock = Self(
        id: Mock.tzb.id, name: "市委统战部", code: "tzb", kind: .memberUnit, parent: (Mock.office.id, "领导小组办公室"),
        isActive: true, activeUsers: 3, updatedAt: Mock.now,
        webhook: .init(kind: .dingtalk, url: "https://oapi.dingtalk.com/robot/send?access_token=example"),
        canManage: true)
}

extension UnitFormView.Model {
    static let mock = Self(
        values: .init(code: "tzb", name: "", kind: "member_unit", parentId: ""),
        editing: (Mock.tzb.id, "市委统战部"), tree: Mock.tree,
        errors: [FieldError("name", "请填写单位名称")])
}
