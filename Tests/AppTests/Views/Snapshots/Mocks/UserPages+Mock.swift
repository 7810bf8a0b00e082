import Domain

@testable import App

extension UserIndexView.Model {
    static let mock = Self(
        users: Page(
            items: [
                .init(
                    id: Mock.id(11), username: "admin", displayName: "办公室管理员", unitName: "领导小组办公室", role: .admin,
                    isActive: true),
                .init(
                    id: Mock.id(12), username: "li-tzb", displayName: "统战部联络员", unitName: "市委统战部", role: .liaison,
                    isActive: true),
                .init(
                    id: Mock.id(13), username: "old-viewer", displayName: "原查看者", unitName: "原市侨办", role: .viewer,
                    isActive: false),
            ], total: 3, request: PageRequest(page: 1, per: 25)),
        listQuery: UserListQuery(
            unitId: nil, role: "liaison", q: "联络", sort: "username", dir: "asc", page: 1, format: nil),
        tree: Mock.tree, canManage: true)
}

extension UserShowView.Model {
    static let mock = Self(
        user: .init(
            id: Mock.id(12), username: "li-tzb", displayName: "统战部联络员", unit: (Mock.tzb.id, "市委统战部"), role: .liaison,
            isActive: true, createdAt: Mock.now),
        tokens: [
            .init(id: Mock.id(21), name: "数据同步脚本", createdAt: Mock.now, lastUsedAt: Mock.now, isRevoked: false),
            .init(id: Mock.id(22), name: "旧脚本", createdAt: Mock.now, lastUsedAt: nil, isRevoked: true),
        ],
        newToken: "txn_example-secret", errors: [], canManage: true, canManageTokens: true)
}

extension UserFormView.Model {
    static let new = Self(
        values: .init(
            username: "li-mzj", displayName: "", unitId: Mock.mzj.id.uuidString.lowercased(), role: "liaison"),
        editing: nil, tree: Mock.tree, errors: [FieldError("displayName", "请填写姓名")])
    static let mock = Self(
        values: .init(
            username: nil, displayName: "统战部联络员", unitId: Mock.tzb.id.uuidString.lowercased(),
            role: "liaison", isActive: "1"),
        editing: (Mock.id(12), "li-tzb"), tree: Mock.tree, errors: [])
}
