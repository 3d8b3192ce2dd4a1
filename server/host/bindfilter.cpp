// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bindfilter.h"

#include "hostfiles.h"

#include <cerrno>
#include <cstddef>
#include <cstring>
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

// Returns 1 (allow) unless the port asked for is in [first, last] and is not own; 0 makes bind()
// fail with EPERM. Port 0 (let the kernel choose) is below every range the panel accepts, and the
// kernel's own choices come from ip_local_port_range, which the panel keeps apart from the range.
Result<int> loadProgram(const BindRule &rule, bpf_attach_type attachType)
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
    static const char license[] = "GPL";
    char log[1024] = {};
    bpf_attr load{};
    load.prog_type = BPF_PROG_TYPE_CGROUP_SOCK_ADDR;
    load.expected_attach_type = attachType;
    load.insns = quint64(reinterpret_cast<quintptr>(program));
    load.insn_cnt = sizeof program / sizeof program[0];
    load.license = quint64(reinterpret_cast<quintptr>(license));
    load.log_buf = quint64(reinterpret_cast<quintptr>(log));
    load.log_size = sizeof log;
    load.log_level = 1;
    std::strncpy(load.prog_name, "mws_site_bind", sizeof load.prog_name - 1);
    const long fd = bpf(BPF_PROG_LOAD, load);
    if (fd < 0)
        return hostError(QStringLiteral("The kernel refused the site's bind filter: %1 %2")
                             .arg(QString::fromLocal8Bit(std::strerror(errno)), QString::fromLatin1(log)));
    return int(fd);
}

} // namespace

Status attachBindFilter(int cgroupFd, const BindRule &rule)
{
    for (const bpf_attach_type type : {BPF_CGROUP_INET4_BIND, BPF_CGROUP_INET6_BIND}) {
        Result<int> program = loadProgram(rule, type);
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

} // namespace mws::host
