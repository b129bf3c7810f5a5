#include "providers/OfflineProvider.h"

namespace sb {

QFuture<ProviderOutcome> OfflineProvider::extract(const ExtractionRequest& request)
{
    return QtFuture::makeReadyFuture(ProviderOutcome(m_extractor->extract(request.text, request.referenceTime)));
}

} // namespace sb
