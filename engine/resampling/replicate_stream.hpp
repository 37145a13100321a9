#pragma once
// The random numbers of one replicate of a resampling run or a simulation: Random123's counter-based Philox4x64
// keyed by (seed, replicate), with the family (a study's condition) in the counter. A replicate's draws depend
// only on the seed, its number and family, never on the thread that draws them or on the replicates drawn before,
// so a run gives the same numbers for any thread count and any split of the work.
#include <Random123/boxmuller.hpp>
#include <Random123/philox.h>
#include <Random123/uniform.hpp>
#include <cstdint>

namespace jalur {

class ReplicateStream {
public:
    // `family`: which of a study's families of replicates (a Monte Carlo study's condition), 0 for a bootstrap;
    // it sits in a counter word that the draws never reach, so families never overlap.
    ReplicateStream(std::uint64_t seed, std::uint64_t replicate, std::uint64_t family = 0)
        : key_{{seed, replicate}}, counter_{{0, 0, family, 0}} {}

    // 64 random bits.
    std::uint64_t bits() {
        if (next_ == 4) refill();
        return block_[next_++];
    }

    // A uniform integer in [0, n), n > 0, without modulo bias: draws below 2⁶⁴ mod n are rejected.
    std::uint64_t below(std::uint64_t n) {
        const std::uint64_t threshold = (0 - n) % n;
        for (;;)
            if (const std::uint64_t r = bits(); r >= threshold) return r % n;
    }

    // A uniform draw in the open interval (0, 1): the top 53 bits as an odd multiple of 2⁻⁵³ (Random123's
    // u01fixedpt, never 0 or 1, so a probability comparison u < q is exact for q = 0 and q = 1).
    double uniform() { return r123::u01fixedpt<double>(bits()); }

    // A standard normal draw (Box–Muller on two uniforms; the second of each pair is kept for the next call).
    double normal() {
        if (has_spare_) {
            has_spare_ = false;
            return spare_;
        }
        const std::uint64_t u0 = bits(), u1 = bits();
        const r123::double2 pair = r123::boxmuller(u0, u1);
        spare_ = pair.y;
        has_spare_ = true;
        return pair.x;
    }

private:
    using Generator = r123::Philox4x64;

    void refill() {
        const Generator::ctr_type out = Generator()(counter_, key_);
        for (int i = 0; i < 4; ++i) block_[i] = out[i];
        counter_.incr();
        next_ = 0;
    }

    Generator::key_type key_;
    Generator::ctr_type counter_;
    std::uint64_t block_[4] = {0, 0, 0, 0};
    int next_ = 4;
    double spare_ = 0;
    bool has_spare_ = false;
};

}  // namespace jalur
