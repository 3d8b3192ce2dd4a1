// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bindfilter.h"

#include "hostfiles.h"

#include <QByteArray>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <iterator>
#include <linux/bpf.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace mws::host {

namespace {

long bpf(int command, bpf_attr &attributes)
{
    return ::syscall(__NR_bpf, command, &attributes, sizeof attributes);
}

constexpr bpf_insn instruction(quint8 code, quint8 dst, quint8 src, qint16 offset, qint32 immediate)
{
    bpf_insn insn{};
    insn.code = code;
    insn.dst_reg = dst & 0xf;
    insn.src_reg = src & 0xf;
    insn.off = offset;
    insn.imm = immediate;
    return insn;
}

// Loads a cgroup bind program for attachType; name is what bpftool shows.
Result<int> loadProgram(const bpf_insn *program, quint32 count, bpf_attach_type attachType, const char *name)
{
    static const char license[] = "GPL";
    bpf_attr load{};
    load.prog_type = BPF_PROG_TYPE_CGROUP_SOCK_ADDR;
    load.expected_attach_type = attachType;
    load.insns = quint64(reinterpret_cast<quintptr>(program));
    load.insn_cnt = count;
    load.license = quint64(reinterpret_cast<quintptr>(license));
    std::strncpy(load.prog_name, name, sizeof load.prog_name - 1);
    const long fd = bpf(BPF_PROG_LOAD, load);
    if (fd >= 0)
        return int(fd);
    const int error = errno;
    // Again with the verifier's log, for the message only: a log that does not fit fails a load.
    QByteArray log(64 * 1024, '\0');
    load.log_buf = quint64(reinterpret_cast<quintptr>(log.data()));
    load.log_size = quint32(log.size());
    load.log_level = 1;
    if (const long again = bpf(BPF_PROG_LOAD, load); again >= 0)
        ::close(int(again));
    return hostError(QStringLiteral("The kernel refused the bind filter %1: %2 %3")
                         .arg(QLatin1String(name), QString::fromLocal8Bit(std::strerror(error)),
                              QString::fromLatin1(log.constData()).trimmed().right(600)));
}

// Returns 1 (allow) unless the port asked for is in [first, last] and is not own; 0 makes bind()
// fail with EPERM. Port 0 (let the kernel choose) is below every range the panel accepts, and the
// kernel's own choices come from ip_local_port_range, which the panel keeps apart from the range.
Result<int> loadSiteProgram(const BindRule &rule, bpf_attach_type attachType)
{
    const bpf_insn program[] = {
        // r2 = the port asked for, in network byte order in the low 16 bits
        instruction(BPF_LDX | BPF_W | BPF_MEM, BPF_REG_2, BPF_REG_1, offsetof(bpf_sock_addr, user_port), 0),
        instruction(BPF_ALU | BPF_END | BPF_TO_BE, BPF_REG_2, 0, 0, 16), // to host order
        instruction(BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_0, 0, 0, 1),
        instruction(BPF_JMP | BPF_JLT | BPF_K, BPF_REG_2, 0, 3, rule.firstPort),
        instruction(BPF_JMP | BPF_JGT | BPF_K, BPF_REG_2, 0, 2, rule.lastPort),
        instruction(BPF_JMP | BPF_JEQ | BPF_K, BPF_REG_2, 0, 1, rule.ownPort),
        instruction(BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_0, 0, 0, 0),
        instruction(BPF_JMP | BPF_EXIT, 0, 0, 0, 0),
    };
    return loadProgram(program, std::size(program), attachType, "mws_site_bind");
}

// Returns 0 (refuse) when the caller's uid is in [firstUid, lastUid] and the port in
// [firstPort, lastPort]; 1 otherwise. The uid is compared as 32 bits (BPF_JMP32), unsigned.
Result<int> loadPeopleProgram(const PeopleBindRule &rule, bpf_attach_type attachType)
{
    const bpf_insn program[] = {
        // r6 = the port asked for (r6 outlives the call)
        instruction(BPF_LDX | BPF_W | BPF_MEM, BPF_REG_6, BPF_REG_1, offsetof(bpf_sock_addr, user_port), 0),
        instruction(BPF_JMP | BPF_CALL, 0, 0, 0, BPF_FUNC_get_current_uid_gid),
        instruction(BPF_ALU | BPF_MOV | BPF_X, BPF_REG_7, BPF_REG_0, 0, 0), // w7 = the uid
        instruction(BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_0, 0, 0, 1),
        instruction(BPF_JMP32 | BPF_JLT | BPF_K, BPF_REG_7, 0, 5, qint32(quint32(rule.firstUid))),
        instruction(BPF_JMP32 | BPF_JGT | BPF_K, BPF_REG_7, 0, 4, qint32(quint32(rule.lastUid))),
        instruction(BPF_ALU | BPF_END | BPF_TO_BE, BPF_REG_6, 0, 0, 16), // to host order
        instruction(BPF_JMP | BPF_JLT | BPF_K, BPF_REG_6, 0, 2, rule.firstPort),
        instruction(BPF_JMP | BPF_JGT | BPF_K, BPF_REG_6, 0, 1, rule.lastPort),
        instruction(BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_0, 0, 0, 0),
        instruction(BPF_JMP | BPF_EXIT, 0, 0, 0, 0),
    };
    return loadProgram(program, std::size(program), attachType, "mws_people_bind");
}

// The ids of the programs attached to the cgroup for type.
QList<quint32> attachedPrograms(int cgroupFd, bpf_attach_type type)
{
    quint32 ids[64] = {};
    bpf_attr query{};
    query.query.target_fd = quint32(cgroupFd);
    query.query.attach_type = type;
    query.query.prog_ids = quint64(reinterpret_cast<quintptr>(ids));
    query.query.prog_cnt = std::size(ids);
    if (bpf(BPF_PROG_QUERY, query) != 0)
        return {};
    return QList<quint32>(ids, ids + std::min<quint32>(query.query.prog_cnt, std::size(ids)));
}

quint32 programId(int programFd)
{
    bpf_prog_info info{};
    bpf_attr get{};
    get.info.bpf_fd = quint32(programFd);
    get.info.info_len = sizeof info;
    get.info.info = quint64(reinterpret_cast<quintptr>(&info));
    return bpf(BPF_OBJ_GET_INFO_BY_FD, get) == 0 ? info.id : 0;
}

// Takes the program of that id off the cgroup. Getting a program by its id needs CAP_SYS_ADMIN,
// which the packaged panel does not have: then it says how an administrator does it.
Status detachProgram(int cgroupFd, bpf_attach_type type, quint32 id)
{
    bpf_attr get{};
    get.prog_id = id;
    const long fd = bpf(BPF_PROG_GET_FD_BY_ID, get);
    if (fd >= 0) {
        bpf_attr detach{};
        detach.target_fd = quint32(cgroupFd);
        detach.attach_bpf_fd = quint32(fd);
        detach.attach_type = type;
        const long detached = bpf(BPF_PROG_DETACH, detach);
        ::close(int(fd));
        if (detached == 0)
            return {};
    }
    return hostError(
        QStringLiteral("An earlier people's bind filter (program %1) is still attached; "
                       "`bpftool cgroup detach CGROUP %2 id %1` removes it")
            .arg(id)
            .arg(type == BPF_CGROUP_INET4_BIND ? QStringLiteral("bind4") : QStringLiteral("bind6")));
}

} // namespace

Status attachBindFilter(int cgroupFd, const BindRule &rule)
{
    for (const bpf_attach_type type : {BPF_CGROUP_INET4_BIND, BPF_CGROUP_INET6_BIND}) {
        Result<int> program = loadSiteProgram(rule, type);
        if (!program)
            return program.error();
        bpf_attr attach{};
        attach.target_fd = quint32(cgroupFd);
        attach.attach_bpf_fd = quint32(*program);
        attach.attach_type = type;
        attach.attach_flags = 0; // one program per cgroup: attaching again replaces it
        const long attached = bpf(BPF_PROG_ATTACH, attach);
        const int error = errno;
        ::close(*program); // the attachment keeps the program
        if (attached != 0)
            return hostError(QStringLiteral("The site's bind filter cannot be attached to its cgroup: %1 "
                                            "(the panel needs CAP_BPF and CAP_NET_ADMIN)")
                                 .arg(QString::fromLocal8Bit(std::strerror(error))));
    }
    return {};
}

Result<PeopleFilterIds> attachPeopleBindFilter(int cgroupFd, const PeopleBindRule &rule,
                                               const PeopleFilterIds &before)
{
    PeopleFilterIds now;
    QStringList problems;
    for (const bpf_attach_type type : {BPF_CGROUP_INET4_BIND, BPF_CGROUP_INET6_BIND}) {
        const bool v4 = type == BPF_CGROUP_INET4_BIND;
        const quint32 earlier = v4 ? before.bind4 : before.bind6;
        const QList<quint32> attached = attachedPrograms(cgroupFd, type);
        if (earlier != 0 && attached.contains(earlier) && before.rule == rule) {
            (v4 ? now.bind4 : now.bind6) = earlier; // still there, and still right
            continue;
        }
        Result<int> program = loadPeopleProgram(rule, type);
        if (!program)
            return program.error();
        bpf_attr attach{};
        attach.target_fd = quint32(cgroupFd);
        attach.attach_bpf_fd = quint32(*program);
        attach.attach_type = type;
        attach.attach_flags = BPF_F_ALLOW_MULTI; // beside what the host's own managers attach
        const long done = bpf(BPF_PROG_ATTACH, attach);
        const int error = errno;
        (v4 ? now.bind4 : now.bind6) = done == 0 ? programId(*program) : 0;
        ::close(*program); // the attachment keeps the program, after the panel too
        if (done != 0)
            return hostError(QStringLiteral("The people's bind filter cannot be attached: %1 (the panel "
                                            "needs CAP_BPF and CAP_NET_ADMIN)")
                                 .arg(QString::fromLocal8Bit(std::strerror(error))));
        if (earlier != 0 && attached.contains(earlier))
            if (Status detached = detachProgram(cgroupFd, type, earlier); !detached)
                problems << detached.error().message;
    }
    now.rule = rule;
    now.problem = problems.join(QLatin1Char('\n'));
    return now;
}

} // namespace mws::host
