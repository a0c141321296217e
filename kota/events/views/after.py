"""after"""

urlpatterns = []
